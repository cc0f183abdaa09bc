// Everything a filing says — parties, claims, facts, cause of action, materials — as shown to
// the litigant (confirm step, detail page) and to the clerk (review page). Values come masked from the server.
import type { FilingView, PartyView } from '@lian/contract';
import { Card, Descriptions, Flex, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { displayYuan } from '../../lib/domain';
import { EvidenceList, evidenceOf } from './EvidenceList';
import { MaterialList } from './MaterialList';

/** What a complaint states of a natural-person plaintiff besides identity and contact (民事诉讼法 Art. 124(1)). */
type Particulars = { ethnicity: string; occupation: string; employer: string };

function PartyCard({ party, title, particulars }: { party: PartyView; title: string; particulars?: Particulars }) {
  const { t } = useTranslation();
  const items: DescriptionsProps['items'] = [
    {
      key: 'name',
      label: party.kind === 'person' ? t('editor.defendants.name') : t('editor.defendants.orgName'),
      children: party.name || '—',
    },
  ];
  if (party.kind === 'person') {
    if (party.sex) items.push({ key: 'sex', label: t('detail.sex'), children: t(`editor.defendants.${party.sex}`) });
    items.push({ key: 'id', label: t('detail.idNumber'), children: <span className="mono">{party.idNumber ?? '—'}</span> });
  } else {
    items.push({ key: 'cc', label: t('detail.creditCode'), children: <span className="mono">{party.creditCode ?? '—'}</span> });
    items.push({ key: 'lr', label: t('detail.legalRepresentative'), children: party.legalRepresentative ?? '—' });
  }
  if (particulars) {
    items.push({ key: 'ethnicity', label: t('editor.plaintiff.ethnicity'), children: particulars.ethnicity || '—' });
    items.push({ key: 'occupation', label: t('editor.plaintiff.occupation'), children: particulars.occupation || '—' });
    items.push({ key: 'employer', label: t('editor.plaintiff.employer'), children: particulars.employer || '—' });
  }
  items.push({ key: 'phone', label: t('detail.phone'), children: <span className="mono">{party.phone ?? '—'}</span> });
  items.push({ key: 'address', label: t('detail.address'), children: party.address ?? '—' });
  return <Descriptions title={title} size="small" bordered column={{ xs: 1, sm: 1, md: 2 }} items={items} style={{ marginBottom: 16 }} />;
}

export function FilingContent({ filing, showHashes }: { filing: FilingView; showHashes?: boolean }) {
  const { t } = useTranslation();
  const plaintiffs = filing.plaintiffs.map((p) =>
    // The plaintiff's contact details are kept apart from the verified identity.
    ({
      ...p,
      phone: p.phone ?? filing.plaintiffContact.phone,
      address: p.address ?? filing.plaintiffContact.address,
    }),
  );
  return (
    <Flex vertical gap={16}>
      <Card title={t('detail.parties')}>
        {plaintiffs.map((p, i) => (
          <PartyCard
            key={p.id}
            party={p}
            particulars={i === 0 ? filing.plaintiffContact : undefined}
            title={plaintiffs.length > 1 ? `${t('detail.plaintiff')} ${i + 1}` : t('detail.plaintiff')}
          />
        ))}
        {filing.defendants.length === 0 && (
          <Typography.Text type="secondary">
            {t('detail.defendant')}：{t('detail.none')}
          </Typography.Text>
        )}
        {filing.defendants.map((p, i) => (
          <PartyCard
            key={p.id}
            party={p}
            title={filing.defendants.length > 1 ? `${t('detail.defendant')} ${i + 1}` : t('detail.defendant')}
          />
        ))}
      </Card>
      <Card title={t('detail.claims')}>
        {filing.claims.length === 0 ? (
          <Typography.Text type="secondary">{t('detail.none')}</Typography.Text>
        ) : (
          <ol style={{ paddingLeft: 24, margin: 0 }}>
            {filing.claims.map((c, i) => (
              <li key={i} style={{ marginBottom: 8, whiteSpace: 'pre-wrap' }}>
                {c.text}
                {c.amountFen !== null && <strong>（{displayYuan(c.amountFen)}）</strong>}
              </li>
            ))}
          </ol>
        )}
        <p className="claim-total" style={{ marginTop: 12 }}>
          {t('detail.total')}：<strong>{displayYuan(filing.claimAmountFen)}</strong>
        </p>
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'coa', label: t('detail.causeOfAction'), children: filing.causeOfAction?.name ?? '—' },
            { key: 'type', label: t('detail.caseTypeLabel'), children: t(`detail.caseType.${filing.caseType}`) },
          ]}
        />
      </Card>
      <Card title={t('detail.factsAndReasons')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {filing.factsAndReasons || t('detail.none')}
        </Typography.Paragraph>
      </Card>
      <Card title={t('detail.materials')}>
        <MaterialList filingId={filing.id} materials={filing.materials} showHash={showHashes} />
      </Card>
      {evidenceOf(filing).length > 0 && (
        <Card title={t('evidence.title')}>
          <EvidenceList filing={filing} />
        </Card>
      )}
    </Flex>
  );
}
