// 律师核验: lawyer accounts awaiting verification (and those decided), the masked certificate number with
// the full one on request (audited on the server), approval and refusal with a reason the lawyer sees.
import type { LawyerApplication, LawyerStatus } from '@lian/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Empty, Form, Input, List, Modal, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi } from '../../../api/accounts';
import { errorMessage } from '../../../api/errors';
import { QueryState } from '../../../components/QueryState';
import { formatDateTime } from '../../../lib/time';

const statuses: LawyerStatus[] = ['pending', 'verified', 'refused'];

function FullNumber({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [shown, setShown] = useState<string | null>(null);
  const show = useMutation({
    mutationFn: () => accountsApi.lawyerCertificate(id),
    onSuccess: (r) => setShown(r.certificateNumber),
    onError: (e) => void message.error(errorMessage(t, e)),
  });
  return shown ? (
    <Typography.Text copyable code>
      {shown}
    </Typography.Text>
  ) : (
    <Button size="small" type="link" onClick={() => show.mutate()} loading={show.isPending}>
      {t('admin.showFull')}
    </Button>
  );
}

export default function LawyersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [status, setStatus] = useState<LawyerStatus>('pending');
  const [refusing, setRefusing] = useState<LawyerApplication | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const lawyers = useQuery({ queryKey: ['admin', 'lawyers', status], queryFn: () => accountsApi.lawyers(status) });
  const refresh = () => void client.invalidateQueries({ queryKey: ['admin', 'lawyers'] });
  const decide = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      reason === undefined ? accountsApi.approveLawyer(id) : accountsApi.refuseLawyer(id, reason),
    onSuccess: (_r, v) => {
      void message.success(v.reason === undefined ? t('admin.approved') : t('admin.refused'));
      setRefusing(null);
      refresh();
    },
    onError: (e) => void message.error(errorMessage(t, e)),
  });

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {t('admin.lawyersTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('admin.lawyersIntro')}</Typography.Paragraph>
      <Tabs
        activeKey={status}
        onChange={(k) => setStatus(k as LawyerStatus)}
        items={statuses.map((s) => ({ key: s, label: t(`admin.tabs.${s}`) }))}
      />
      <QueryState query={lawyers}>
        {({ lawyers: list }) =>
          list.length === 0 ? (
            <Empty description={t('admin.empty')} />
          ) : (
            <List
              dataSource={list}
              rowKey="userId"
              renderItem={(l) => (
                <List.Item>
                  <Card style={{ width: '100%' }} title={l.realName} extra={<Tag>{t(`accounts.lawyerStatus.${l.status}`)}</Tag>}>
                    <Descriptions size="small" column={1}>
                      <Descriptions.Item label={t('admin.certificate')}>
                        <Space wrap>
                          <span>{l.certificateMasked}</span>
                          <FullNumber id={l.userId} />
                        </Space>
                      </Descriptions.Item>
                      <Descriptions.Item label={t('admin.lawFirm')}>{l.lawFirm}</Descriptions.Item>
                      <Descriptions.Item label={t('admin.registeredAt')}>{formatDateTime(l.registeredAt)}</Descriptions.Item>
                      {l.refusalReason && <Descriptions.Item label={t('admin.reason')}>{l.refusalReason}</Descriptions.Item>}
                    </Descriptions>
                    <Space wrap style={{ marginTop: 12 }}>
                      {l.status !== 'verified' && (
                        <Button type="primary" onClick={() => decide.mutate({ id: l.userId })} loading={decide.isPending}>
                          {t('admin.approve')}
                        </Button>
                      )}
                      {l.status !== 'refused' && (
                        <Button danger onClick={() => setRefusing(l)}>
                          {t('admin.refuse')}
                        </Button>
                      )}
                    </Space>
                  </Card>
                </List.Item>
              )}
            />
          )
        }
      </QueryState>
      <Modal
        open={refusing !== null}
        title={refusing ? t('admin.refuseTitle', { name: refusing.realName }) : ''}
        okText={t('admin.refuse')}
        okButtonProps={{ danger: true }}
        cancelText={t('admin.cancel')}
        confirmLoading={decide.isPending}
        onOk={() => form.submit()}
        onCancel={() => setRefusing(null)}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(v) => refusing && decide.mutate({ id: refusing.userId, reason: v.reason.trim() })}
        >
          <Form.Item
            name="reason"
            label={t('admin.reason')}
            rules={[{ required: true, whitespace: true, max: 500, message: t('admin.reasonRequired') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
