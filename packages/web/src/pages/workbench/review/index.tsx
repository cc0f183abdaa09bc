// Review of one submitted filing by the clerk, with the 立案 (accept) action and the assigned case number.
import { CheckCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../../api/endpoints';
import { useApiErrors } from '../../../api/useApiErrors';
import { QueryState } from '../../../components/QueryState';
import { CaseNumber } from '../../../components/filing/CaseNumber';
import { DocumentList } from '../../../components/filing/DocumentList';
import { FilingContent } from '../../../components/filing/FilingContent';
import { FilingTimeline } from '../../../components/filing/FilingTimeline';
import { FilingPageTitle } from '../../../components/filing/FilingPageTitle';
import { formatDateTime } from '../../../lib/time';
import { DaysLeftTag } from '../queue/components/DaysLeftTag';
import { urgencyOf } from '../../../lib/urgency';

export default function ReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { modal, message } = App.useApp();
  const errors = useApiErrors();
  const client = useQueryClient();
  const query = useQuery({ queryKey: ['filing', id], queryFn: () => api.filing(id) });
  const accept = useMutation({
    mutationFn: () => api.acceptFiling(id),
    onSuccess: ({ filing }) => {
      client.setQueryData(['filing', id], { filing });
      void client.invalidateQueries({ queryKey: ['review-queue'] });
      void message.success(t('workbench.accepted'));
    },
    onError: (error) => {
      errors.notify(error);
      void client.invalidateQueries({ queryKey: ['filing', id] });
    },
  });

  return (
    <QueryState query={query}>
      {({ filing }) => (
        <>
          <FilingPageTitle title={t('workbench.reviewTitle')} state={filing.state}>
            <Link to="/workbench">
              <Button size="large">{t('workbench.backToQueue')}</Button>
            </Link>
          </FilingPageTitle>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={16}>
              <Flex vertical gap={16}>
                {filing.caseNumber ? (
                  <>
                    <Alert type="success" showIcon title={t('workbench.acceptedNumber')} />
                    <CaseNumber filing={filing} />
                  </>
                ) : (
                  <Card>
                    <Descriptions
                      column={{ xs: 1, sm: 2 }}
                      size="small"
                      items={[
                        {
                          key: 'r',
                          label: t('detail.receiptNumber'),
                          children: <span className="mono">{filing.receiptNumber ?? '—'}</span>,
                        },
                        { key: 'c', label: t('detail.court'), children: filing.court.name },
                        { key: 's', label: t('detail.submittedAt'), children: formatDateTime(filing.submittedAt) },
                        {
                          key: 'd',
                          label: t('workbench.columns.dueDate'),
                          children: (
                            <Flex gap={8} wrap>
                              {filing.decisionDueDate ?? '—'}
                              {filing.daysLeft !== null && (
                                <DaysLeftTag item={{ daysLeft: filing.daysLeft, urgency: urgencyOf(filing.daysLeft) }} />
                              )}
                            </Flex>
                          ),
                        },
                      ]}
                    />
                    {filing.allowed.accept ? (
                      <Button
                        type="primary"
                        size="large"
                        icon={<CheckCircleOutlined />}
                        loading={accept.isPending}
                        style={{ marginTop: 16, minWidth: 200, height: 56, fontSize: 20 }}
                        onClick={() =>
                          modal.confirm({
                            title: t('workbench.acceptConfirmTitle'),
                            content: t('workbench.acceptConfirm'),
                            okText: t('workbench.accept'),
                            cancelText: t('filings.cancel'),
                            onOk: () => accept.mutateAsync().catch(() => undefined),
                          })
                        }
                      >
                        {t('workbench.accept')}
                      </Button>
                    ) : (
                      <Alert style={{ marginTop: 16 }} type="info" showIcon title={t('workbench.notSubmitted')} />
                    )}
                  </Card>
                )}
                <DocumentList filingId={filing.id} />
                <FilingContent filing={filing} showHashes />
              </Flex>
            </Col>
            <Col xs={24} lg={8}>
              <FilingTimeline events={filing.timeline} />
            </Col>
          </Row>
        </>
      )}
    </QueryState>
  );
}
