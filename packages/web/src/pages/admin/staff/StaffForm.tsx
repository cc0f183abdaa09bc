// The form of a staff member: name and work e-mail (when creating), roles and courts from what the
// administrator may grant. The server decides again; this only offers what would be accepted.
import type { StaffListResponse, StaffMember } from '@lian/contract';
import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';

export interface StaffFormValues {
  realName?: string;
  login?: string;
  roles: string[];
  courtIds: string[];
}

export function StaffFormModal({
  open,
  member,
  scope,
  saving,
  onSave,
  onCancel,
}: {
  open: boolean;
  /** Absent: a new member. */
  member: StaffMember | null;
  scope: StaffListResponse['scope'];
  saving: boolean;
  onSave: (values: StaffFormValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StaffFormValues>();
  const inScope = new Set(scope.courts.map((c) => c.id));
  return (
    <Modal
      open={open}
      title={member ? t('admin.editTitle', { name: member.realName }) : t('admin.createTitle')}
      okText={t('admin.save')}
      cancelText={t('admin.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        preserve={false}
        initialValues={{
          roles: member?.roles.filter((r) => (scope.roles as string[]).includes(r)) ?? [],
          courtIds:
            member?.courts.filter((c) => inScope.has(c.id)).map((c) => c.id) ?? (scope.courts.length === 1 ? [scope.courts[0]!.id] : []),
        }}
        onFinish={onSave}
      >
        {!member && (
          <>
            <Form.Item
              name="realName"
              label={t('admin.name')}
              rules={[{ required: true, whitespace: true, max: 50, message: t('admin.v.name') }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="login" label={t('admin.login')} rules={[{ required: true, type: 'email', message: t('admin.v.login') }]}>
              <Input autoComplete="off" inputMode="email" />
            </Form.Item>
          </>
        )}
        <Form.Item name="roles" label={t('admin.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('admin.v.roles') }]}>
          <Checkbox.Group options={scope.roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="courtIds"
          label={t('admin.courts')}
          dependencies={['roles']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_r, value: string[] | undefined) => {
                const roles = (getFieldValue('roles') as string[] | undefined) ?? [];
                if (roles.some((r) => r !== 'system_admin') && !value?.length) throw new Error(t('admin.v.courts'));
              },
            }),
          ]}
        >
          <Select mode="multiple" options={scope.courts.map((c) => ({ value: c.id, label: `${c.name}（${c.code}）` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
