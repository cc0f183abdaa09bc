// What the court decided on a filing, for the filer and the court alike: registration with procedure and
// fee, the correction notice, the return, the ruling not to accept with how to appeal, the assigned judge.
import type { FilingView } from '@lian/contract';
import { Alert, Card, Descriptions, List, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/time';
import { FeeBreakdown } from './FeeBreakdown';

export function DecisionCards({
  filing,
  correctAction,
  insistAction,
  feeCardShown = false,
}: {
  filing: FilingView;
  correctAction?: ReactNode;
  insistAction?: ReactNode;
  /** The page shows the fee card (live due date, payment, judicial aid): the breakdown here leaves the date to it. */
  feeCardShown?: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { acceptance, correction, rejection } = filing;
  return (
    <>
      {acceptance && (
        <Card title={t('decisions.acceptedCard')}>
          {acceptance.registeredFirst && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('decisions.registeredFirst')} />}
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'p', label: t('decisions.procedureLabel'), children: t(`decisions.procedure.${acceptance.procedure}`) },
              ...(filing.assignedJudge ? [{ key: 'j', label: t('decisions.judgeAssigned'), children: filing.assignedJudge.name }] : []),
            ]}
          />
          <FeeBreakdown fee={acceptance.fee} dueDate={feeCardShown ? null : acceptance.feeDueDate} />
        </Card>
      )}
      {correction && (filing.state === 'correction_requested' || filing.state === 'corrected') && (
        <Card title={t('decisions.correctionCard')} extra={correctAction}>
          {correction.correctedAt ? (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('decisions.correctionDone', { date: formatDateTime(correction.correctedAt) })}
            />
          ) : (
            <p>
              <strong>{t('decisions.correctionDue', { date: correction.dueDate })}</strong>
            </p>
          )}
          <List
            size="small"
            dataSource={correction.items}
            renderItem={(item, i) => (
              <List.Item>
                <span>
                  {i + 1}. <Tag>{t(`decisions.sections.${item.section}`)}</Tag>
                  {item.text}
                </span>
              </List.Item>
            )}
          />
        </Card>
      )}
      {(filing.state === 'returned' || filing.state === 'insisted') && (
        <Card title={t('decisions.returnedCard')} extra={insistAction}>
          <p>{filing.state === 'returned' ? t('decisions.returnedText') : t('decisions.insistedText')}</p>
          {correction && (
            <List
              size="small"
              dataSource={correction.items}
              renderItem={(item) => (
                <List.Item>
                  <Tag>{t(`decisions.sections.${item.section}`)}</Tag>
                  {item.text}
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
      {rejection && (
        <Card title={t('decisions.rejectedCard')} style={{ borderColor: '#ff7875' }}>
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'g', label: t('decisions.ground'), children: rejection.ground.label[lang] },
              { key: 'b', label: t('decisions.basis'), children: rejection.ground.basis },
              { key: 'r', label: t('decisions.reasonText'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{rejection.reason}</span> },
            ]}
          />
          {rejection.appealDueDate && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 12 }}
              title={
                rejection.appealCourt
                  ? t('decisions.appeal', { date: rejection.appealDueDate, court: rejection.appealCourt })
                  : t('decisions.appealNoCourt', { date: rejection.appealDueDate })
              }
            />
          )}
        </Card>
      )}
    </>
  );
}
