// Filing detail for the litigant: state, case number when registered, the court's decisions (fee, correction
// notice, return, ruling and how to appeal), the receipt, contents and history.
import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../../api/endpoints';
import { QueryState } from '../../../components/QueryState';
import { useApiErrors } from '../../../api/useApiErrors';
import { CaseNumber } from '../../../components/filing/CaseNumber';
import { DocumentList, issuedDocuments } from '../../../components/filing/DocumentList';
import { DecisionCards } from '../../../components/filing/DecisionCards';
import { FilingContent } from '../../../components/filing/FilingContent';
import { FilingTimeline } from '../../../components/filing/FilingTimeline';
import { Receipt } from '../../../components/filing/Receipt';
import { FilingPageTitle } from '../../../components/filing/FilingPageTitle';
import { FeeCard } from '../../../components/fees/FeeCard';

const awaitingCourt: readonly string[] = ['submitted', 'under_review', 'corrected', 'insisted'];

export default function FilingDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  // While the court decides, the page checks every few seconds, so a decision and its documents show without a reload.
  const query = useQuery({
    queryKey: ['filing', id],
    queryFn: () => api.filing(id),
    refetchInterval: (q) => (awaitingCourt.includes(q.state.data?.filing.state ?? '') ? 5_000 : false),
  });
  const { modal, message } = App.useApp();
  const errors = useApiErrors();
  const client = useQueryClient();
  const insist = useMutation({
    mutationFn: () => api.insist(id),
    onSuccess: ({ filing }) => {
      client.setQueryData(['filing', id], { filing });
      void message.success(t('decisions.insistedOk'));
    },
    onError: (error) => errors.notify(error),
  });
  return (
    <QueryState query={query}>
      {({ filing }) => (
        <>
          <FilingPageTitle title={t('detail.title')} state={filing.state}>
            <Flex gap={8} wrap className="no-print">
              {filing.allowed.edit && (
                <Link to={`/filings/${filing.id}/edit`}>
                  <Button type="primary" size="large" icon={<EditOutlined />}>
                    {filing.state === 'correction_requested' ? t('decisions.correct') : t('detail.edit')}
                  </Button>
                </Link>
              )}
              <Link to="/filings">
                <Button size="large">{t('app.back')}</Button>
              </Link>
            </Flex>
          </FilingPageTitle>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={16}>
              <Flex vertical gap={16}>
                <CaseNumber filing={filing} />
                {filing.acceptance && <FeeCard filingId={filing.id} materials={filing.materials} returning={search.has('paid')} />}
                <DecisionCards
                  filing={filing}
                  feeCardShown={Boolean(filing.acceptance)}
                  insistAction={
                    filing.allowed.insist && (
                      <Button
                        type="primary"
                        loading={insist.isPending}
                        onClick={() =>
                          modal.confirm({
                            title: t('decisions.insistConfirm'),
                            okText: t('decisions.insist'),
                            cancelText: t('filings.cancel'),
                            onOk: () => insist.mutateAsync().catch(() => undefined),
                          })
                        }
                      >
                        {t('decisions.insist')}
                      </Button>
                    )
                  }
                />
                <Receipt filing={filing} />
                {filing.state !== 'draft' && <DocumentList filingId={filing.id} issued={issuedDocuments(filing)} />}
                <div className="no-print">
                  <FilingContent filing={filing} />
                </div>
              </Flex>
            </Col>
            <Col xs={24} lg={8} className="no-print">
              <FilingTimeline events={filing.timeline} />
            </Col>
          </Row>
        </>
      )}
    </QueryState>
  );
}
