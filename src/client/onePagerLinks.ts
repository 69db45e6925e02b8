/**
 * Keeps the one-pager download links on the industry the rep picked in the toolkit's filters, so
 * the PDF attached is the one written for that customer's industry.
 */
import type { PaperSize } from '../lib/toolkits/onePager';
import { onePagerFileName, onePagerPath } from '../lib/toolkits/onePager';
import { filterFromQuery } from '../lib/toolkits/relevance';

const form = document.querySelector<HTMLFormElement>('[data-toolkit-filters]');
const industry = form?.querySelector<HTMLSelectElement>('select[name="industry"]');
const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-one-pager][data-product]')];

function follow(industryId: string | undefined): void {
  for (const link of links) {
    const product = link.dataset['product'] ?? '';
    const paper = link.dataset['onePager'] as PaperSize;
    link.href = onePagerPath(product, industryId, paper);
    link.download = onePagerFileName(product, industryId, paper);
  }
}

if (form && industry && links.length > 0) {
  industry.addEventListener('change', () => follow(industry.value || undefined));
  // The filter script may not have applied the address's choice yet: read it as that script does.
  const offered = [...industry.options].map((option) => option.value).filter(Boolean);
  follow(
    filterFromQuery(window.location.search, { industries: offered, personas: [] }, { industry: form.dataset['pageIndustry'] }).industry,
  );
}
