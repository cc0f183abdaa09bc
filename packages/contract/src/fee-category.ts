// The Art. 13 fee categories a clerk may choose at registration (诉讼费用交纳办法), from @lian/domain.
import { civilFeeCategories as domainCategories, type CivilFeeCategory } from '@lian/domain';

export const civilFeeCategories = domainCategories as readonly [CivilFeeCategory, ...CivilFeeCategory[]];
export type { CivilFeeCategory } from '@lian/domain';
