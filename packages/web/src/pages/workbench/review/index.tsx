// Review of one filing by the clerk: its contents and timeline, and the decisions open in its state —
// 立案 (register, with procedure and fee), 补正 (correction notice), 不予受理 (ruling), 指派 (assign a judge).
import { CheckCircleOutlined, EditOutlined, StopOutlined, UserAddOutlined } from '@ant-design/icons';
import type { FilingView } from '@lian/contract';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Row } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../../api/endpoints';
import { QueryState } from '../../../components/QueryState';
import { CaseNumber } from '../../../components/filing/CaseNumber';
import { DocumentList, issuedDocuments } from '../../../components/filing/DocumentList';
import { DecisionCards } from '../../../components/filing/DecisionCards';
import { AidDecisionPanel } from '../../../components/fees/AidDecisionPanel';
import { FilingContent } from '../../../components/filing/FilingContent';
import { FilingTimeline } from '../../../components/filing/FilingTimeline';
import { FilingPageTitle } from '../../../components/filing/FilingPageTitle';
import { formatDateTime } from '../../../lib/time';
import { DaysLeftTag } from '../queue/components/DaysLeftTag';
import { urgencyOf } from '../../../lib/urgency';
import { AcceptModal } from './components/AcceptModal';
import { AssignModal } from './components/AssignModal';
import { CorrectionModal } from './components/CorrectionModal';
import { RejectModal } from './components/RejectModal';
import { NextInQueue } from './components/NextInQueue';
import { ReviewAidsPanel } from './components/ReviewAidsPanel';

type Decision = 'accept' | 'correction' | 'reject' | 'assign';

export default function ReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [open, setOpen] = useState<Decision | null>(null);
  const query = useQuery({ queryKey: ['filing', id], queryFn: () => api.filing(id) });
  const done = (note: string) => (filing: FilingView) => {
    client.setQueryData(['filing', id], { filing });
    void client.invalidateQueries({ queryKey: ['review-queue'] });
    setOpen(null);
    void message.success(note);
  };

  return (
    <QueryState query={query}>
      {({ filing }) => {
        const a = filing.allowed;
        const buttons: Array<{ key: Decision; label: string; icon: ReactNode; show: boolean; primary?: boolean; danger?: boolean }> = [
          { key: 'accept', label: t('decisions.accept'), icon: <CheckCircleOutlined />, show: a.accept, primary: true },
          { key: 'correction', label: t('decisions.requestCorrection'), icon: <EditOutlined />, show: a.requestCorrection },
          { key: 'reject', label: t('decisions.reject'), icon: <StopOutlined />, show: a.reject, danger: true },
          { key: 'assign', label: t('decisions.assign'), icon: <UserAddOutlined />, show: a.assign },
        ];
        const shown = buttons.filter((b) => b.show);
        return (
          <>
            <FilingPageTitle title={t('workbench.reviewTitle')} state={filing.state}>
              <Flex gap={8} wrap>
                <NextInQueue currentId={filing.id} />
                <Link to="/workbench">
                  <Button size="large">{t('workbench.backToQueue')}</Button>
                </Link>
              </Flex>
            </FilingPageTitle>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={16}>
                <Flex vertical gap={16}>
                  {filing.caseNumber && <CaseNumber filing={filing} />}
                  <Card title={t('decisions.actions')}>
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
                    {shown.length > 0 ? (
                      <Flex gap={12} wrap style={{ marginTop: 16 }}>
                        {shown.map((b) => (
                          <Button
                            key={b.key}
                            type={b.primary ? 'primary' : 'default'}
                            danger={b.danger}
                            size="large"
                            icon={b.icon}
                            style={b.primary ? { minWidth: 160, height: 52, fontSize: 18 } : { height: 52 }}
                            onClick={() => setOpen(b.key)}
                          >
                            {b.label}
                          </Button>
                        ))}
                      </Flex>
                    ) : (
                      <Alert style={{ marginTop: 16 }} type="info" showIcon title={t('decisions.noDecision')} />
                    )}
                  </Card>
                  <DecisionCards filing={filing} />
                  <DocumentList filingId={filing.id} issued={issuedDocuments(filing)} />
                  {filing.acceptance && <AidDecisionPanel filingId={filing.id} materials={filing.materials} />}
                  <FilingContent filing={filing} showHashes />
                </Flex>
              </Col>
              <Col xs={24} lg={8}>
                <Flex vertical gap={16}>
                  {filing.state !== 'draft' && <ReviewAidsPanel filingId={filing.id} />}
                  <FilingTimeline events={filing.timeline} />
                </Flex>
              </Col>
            </Row>
            <AcceptModal filing={filing} open={open === 'accept'} onClose={() => setOpen(null)} onDone={done(t('decisions.acceptedOk'))} />
            <CorrectionModal
              filing={filing}
              open={open === 'correction'}
              onClose={() => setOpen(null)}
              onDone={done(t('decisions.correctionSent'))}
            />
            <RejectModal filing={filing} open={open === 'reject'} onClose={() => setOpen(null)} onDone={done(t('decisions.rejectedOk'))} />
            <AssignModal filing={filing} open={open === 'assign'} onClose={() => setOpen(null)} onDone={done(t('decisions.assignedOk'))} />
          </>
        );
      }}
    </QueryState>
  );
}
