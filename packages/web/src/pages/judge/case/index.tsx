// One assigned case, read-only, for its judge (承办法官): case number, the registration with procedure and
// fee, the fee card (paid, due by when, judicial aid), issued documents, parties (personal data masked by
// the server), claims, facts, materials with download links, and the timeline. The same components as the
// litigant's and the clerk's pages; the server decides what the judge may see (404 for a case not theirs).
import { Alert, Button, Col, Flex, Row } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../../api/endpoints';
import { QueryState } from '../../../components/QueryState';
import { CaseNumber } from '../../../components/filing/CaseNumber';
import { DecisionCards } from '../../../components/filing/DecisionCards';
import { DocumentList, issuedDocuments } from '../../../components/filing/DocumentList';
import { FilingContent } from '../../../components/filing/FilingContent';
import { FilingPageTitle } from '../../../components/filing/FilingPageTitle';
import { FilingTimeline } from '../../../components/filing/FilingTimeline';
import { FeeCard } from '../../../components/fees/FeeCard';

export default function JudgeCasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: ['filing', id], queryFn: () => api.filing(id) });
  return (
    <QueryState query={query}>
      {({ filing }) => (
        <>
          <FilingPageTitle title={t('judge.caseTitle')} state={filing.state}>
            <Link to="/cases">
              <Button size="large">{t('judge.backToList')}</Button>
            </Link>
          </FilingPageTitle>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={16}>
              <Flex vertical gap={16}>
                <CaseNumber filing={filing} />
                <Alert type="info" showIcon title={t('judge.readOnly')} />
                {filing.acceptance && <FeeCard filingId={filing.id} materials={filing.materials} />}
                <DecisionCards filing={filing} feeCardShown={Boolean(filing.acceptance)} />
                <DocumentList filingId={filing.id} issued={issuedDocuments(filing)} />
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
