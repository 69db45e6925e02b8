/**
 * The proposal builder: the rep ticks approved modules, orders them, names the customer, and gets
 * a document to print or download. The selection lives in the URL (see selectionToQuery), so a
 * proposal can be shared and reopened. The page lists the modules (a title and a line each); their
 * content is a JSON file written at build time (`data-catalogue-url`), which the builder fetches
 * when the page opens.
 */
import type { DocumentBlock, ProposalCatalogue, ProposalDocument, ProposalModule, ProposalSelection } from '../lib/toolkits/proposal';
import {
  assembleProposal,
  coverLines,
  fitsProposal,
  languageNote,
  misfitLabel,
  moduleFindText,
  moveModule,
  proposalFileName,
  proposalModuleKinds,
  sectionHeading,
  selectionFromQuery,
  selectionToQuery,
  toggleModule,
} from '../lib/toolkits/proposal';

const root = document.querySelector<HTMLElement>('[data-proposal-builder]');
if (root) void openBuilder(root);

async function openBuilder(root: HTMLElement): Promise<void> {
  // The builder's parts show from the first paint where scripts run (see public/theme.js).
  const status = root.querySelector<HTMLElement>('[data-catalogue-status]');
  let catalogue: ProposalCatalogue;
  try {
    const response = await fetch(root.dataset['catalogueUrl'] ?? '', { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`catalogue request answered ${response.status}`);
    catalogue = (await response.json()) as ProposalCatalogue;
  } catch (error) {
    if (status) status.textContent = 'The approved modules could not be loaded. Reload the page to try again.';
    console.error(error);
    return;
  }
  setUpBuilder(root, catalogue);
}

type Children = (Node | string | undefined)[];

/** Builds an element; text goes in as text nodes, never as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  children: Children = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined) element.append(child);
  return element;
}

function blockElement(block: DocumentBlock): HTMLElement {
  switch (block.type) {
    case 'paragraph':
      return el('p', {}, [block.label ? el('strong', {}, [`${block.label}. `]) : undefined, block.text]);
    case 'list':
      return el('div', { class: 'pb-doc__list' }, [
        block.label ? el('p', { class: 'pb-doc__label' }, [block.label]) : undefined,
        el(
          'ul',
          {},
          block.items.map((item) => el('li', {}, [item])),
        ),
      ]);
    case 'metrics':
      return el(
        'div',
        { class: 'pb-doc__metrics' },
        block.items.map((m) => el('p', {}, [el('strong', {}, [m.value]), el('span', {}, [m.label])])),
      );
    case 'quote':
      return el('blockquote', { class: 'pb-doc__quote' }, [el('p', {}, [`“${block.text}”`]), el('footer', {}, [`— ${block.attribution}`])]);
    case 'qa':
      return el('div', { class: 'pb-doc__qa' }, [el('h4', {}, [block.question]), el('p', {}, [block.answer])]);
    case 'link':
      return el('p', { class: 'pb-doc__link' }, [el('a', { href: block.url }, [block.text]), el('span', {}, [` (${block.url})`])]);
  }
}

/** The same document the Markdown and Word exports write, as HTML for the preview and for print. */
function documentElements(doc: ProposalDocument): Node[] {
  const contents =
    doc.sections.length > 1
      ? [
          el('nav', { class: 'pb-doc__contents', 'aria-label': 'Contents' }, [
            el('p', { class: 'pb-doc__label' }, ['Contents']),
            el(
              'ol',
              {},
              doc.sections.map((s) => el('li', {}, [s.title])),
            ),
          ]),
        ]
      : [];
  return [
    el('header', { class: 'pb-doc__header' }, [
      el('h2', { class: 'pb-doc__title' }, [doc.title]),
      el(
        'dl',
        { class: 'pb-doc__cover' },
        coverLines(doc).flatMap((line) => [el('dt', {}, [line.label]), el('dd', {}, [line.text])]),
      ),
    ]),
    ...contents,
    ...doc.sections.map((section) => {
      const note = languageNote(section);
      return el('section', { class: `pb-doc__section pb-doc__section--${section.kind}`, ...(section.lang ? { lang: section.lang } : {}) }, [
        el('h3', {}, [sectionHeading(section)]),
        note ? el('p', { class: 'pb-doc__note', lang: doc.lang }, [note]) : undefined,
        ...section.blocks.map(blockElement),
      ]);
    }),
  ];
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function setUpBuilder(root: HTMLElement, catalogue: ProposalCatalogue): void {
  const byId = new Map(catalogue.modules.map((m) => [m.id, m]));
  const field = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-proposal-field="${name}"]`);
  const customerInput = field<HTMLInputElement>('customer');
  const repNameInput = field<HTMLInputElement>('rep-name');
  const repContactInput = field<HTMLInputElement>('rep-contact');
  const langSelect = field<HTMLSelectElement>('lang');
  const industrySelect = field<HTMLSelectElement>('industry');
  const regionSelect = field<HTMLSelectElement>('region');
  const showAll = root.querySelector<HTMLInputElement>('[data-show-all-modules]');
  const find = root.querySelector<HTMLInputElement>('[data-module-find]');
  const outline = root.querySelector<HTMLOListElement>('[data-proposal-outline]');
  const preview = root.querySelector<HTMLElement>('[data-proposal-preview]');
  const count = root.querySelector<HTMLElement>('[data-module-count]');
  const emptyOutline = root.querySelector<HTMLElement>('[data-empty-outline]');
  const status = root.querySelector<HTMLElement>('[data-proposal-status]');
  const shareButton = root.querySelector<HTMLButtonElement>('[data-share-proposal] button[data-copy]');
  const toggles = [...root.querySelectorAll<HTMLInputElement>('input[data-module-toggle]')];
  const rows = [...root.querySelectorAll<HTMLElement>('[data-module-row]')];
  // The page's own empty row (ProposalModuleRow), cloned for the rows a long group left off the page.
  const blankRow = root.querySelector<HTMLTemplateElement>('template[data-module-row-template]')?.content.firstElementChild;
  // What "Find a module" matches: each module's whole text, too long to ship in the page itself.
  const findText = new Map(rows.map((row) => [row, moduleFindText(byId.get(row.dataset['moduleRow'] ?? '') as ProposalModule)]));
  if (!customerInput || !repNameInput || !repContactInput || !langSelect || !industrySelect || !regionSelect || !outline || !preview)
    return;

  const opened = selectionFromQuery(window.location.search, catalogue);
  // The form shows before the catalogue arrives: what a rep typed meanwhile stays, unless the link names it.
  let selection: ProposalSelection = {
    ...opened.selection,
    customer: opened.selection.customer || customerInput.value,
    rep: { name: opened.selection.rep.name || repNameInput.value, contact: opened.selection.rep.contact || repContactInput.value },
  };
  customerInput.value = selection.customer;
  repNameInput.value = selection.rep.name;
  repContactInput.value = selection.rep.contact;
  langSelect.value = selection.lang;
  industrySelect.value = selection.industry ?? '';
  regionSelect.value = selection.region ?? '';
  const missingNotice = root.querySelector<HTMLElement>('[data-missing-notice]');
  if (missingNotice && opened.missing.length > 0) {
    missingNotice.hidden = false;
    missingNotice.textContent = `${opened.missing.length} module${opened.missing.length === 1 ? ' in this link is' : 's in this link are'} no longer approved and ${opened.missing.length === 1 ? 'was' : 'were'} left out: ${opened.missing.join(', ')}.`;
  }

  const announce = (message: string) => {
    if (status) status.textContent = message;
  };
  const currentDocument = () => assembleProposal(catalogue, selection, new Date());

  /** Rows a long group left off the page, drawn from the catalogue once the rep searches or lists every module. */
  let everyRowDrawn = !root.querySelector('[data-picker-more]');
  const drawEveryRow = () => {
    if (everyRowDrawn || !blankRow) return;
    everyRowDrawn = true;
    const drawn = new Set(rows.map((row) => row.dataset['moduleRow']));
    for (const module of catalogue.modules) {
      const list = root.querySelector<HTMLUListElement>(`[data-module-list="${module.kind}"]`);
      if (drawn.has(module.id) || !list) continue;
      const row = blankRow.cloneNode(true) as HTMLLIElement;
      const toggle = row.querySelector<HTMLInputElement>('input[data-module-toggle]')!;
      row.dataset['moduleRow'] = module.id;
      if (module.fit.lang) row.lang = module.fit.lang;
      toggle.value = module.id;
      toggle.checked = selection.moduleIds.includes(module.id);
      row.querySelector('[data-module-title]')!.textContent = module.title;
      row.querySelector('[data-module-detail]')!.textContent = module.detail;
      list.append(row);
      rows.push(row);
      findText.set(row, moduleFindText(module));
      toggles.push(toggle);
      listenToToggle(toggle);
    }
    for (const note of root.querySelectorAll<HTMLElement>('[data-picker-more]')) note.hidden = true;
  };

  /** The picker shows what fits the proposal, everything when asked or when the rep searches. */
  const renderPicker = () => {
    const words = (find?.value ?? '').toLowerCase().split(/\s+/u).filter(Boolean);
    if (words.length > 0 || showAll?.checked) drawEveryRow();
    for (const row of rows) {
      const module = byId.get(row.dataset['moduleRow'] ?? '') as ProposalModule;
      const misfit = misfitLabel(module.fit, selection, catalogue);
      const label = row.querySelector<HTMLElement>('[data-misfit]');
      if (label) label.textContent = misfit ? `Not written for this proposal: ${misfit}` : '';
      const text = findText.get(row) ?? '';
      const found = words.every((word) => text.includes(word));
      row.hidden = words.length > 0 ? !found : !(showAll?.checked ?? false) && !fitsProposal(module.fit, selection);
    }
  };

  const renderOutline = (doc: ProposalDocument) => {
    const ids = selection.moduleIds;
    const numbers = new Map(doc.sections.map((s) => [s.id, s]));
    const omitted = new Map(doc.omitted.map((o) => [o.id, o]));
    outline.replaceChildren(
      ...ids.map((id, index) => {
        const module = byId.get(id);
        const title = module?.title ?? id;
        const section = numbers.get(id);
        const covered = omitted.get(id);
        const note = covered
          ? covered.coveredBy
            ? `Already in section ${covered.coveredBy.number} (${covered.coveredBy.title}): not repeated`
            : 'Nothing in it fits this proposal’s industry, region or language: left out'
          : section && section.repeatsLeftOut > 0
            ? `${section.repeatsLeftOut} item${section.repeatsLeftOut === 1 ? '' : 's'} already in an earlier section, not repeated`
            : undefined;
        const button = (action: string, label: string, text: string, disabled: boolean) =>
          el(
            'button',
            {
              type: 'button',
              class: 'pb-outline__button',
              'data-action': action,
              'aria-label': `${label} ${title}`,
              ...(disabled ? { disabled: '' } : {}),
            },
            [text],
          );
        return el('li', { 'data-module': id, ...(covered ? { 'data-omitted': '' } : {}) }, [
          el('span', { class: 'pb-outline__position', 'aria-hidden': 'true' }, [section ? String(section.number) : '–']),
          el('span', { class: 'pb-outline__text' }, [
            el('span', { class: 'pb-outline__title' }, [title]),
            el('span', { class: 'pb-outline__kind' }, [module ? proposalModuleKinds[module.kind].one : '']),
            note ? el('span', { class: 'pb-outline__note' }, [note]) : undefined,
          ]),
          el('span', { class: 'pb-outline__buttons' }, [
            button('up', 'Move up:', '↑', index === 0),
            button('down', 'Move down:', '↓', index === ids.length - 1),
            button('remove', 'Remove', '✕', false),
          ]),
        ]);
      }),
    );
    if (emptyOutline) emptyOutline.hidden = ids.length > 0;
    if (count) count.textContent = `(${doc.sections.length} section${doc.sections.length === 1 ? '' : 's'})`;
  };

  const render = (): ProposalDocument => {
    const query = selectionToQuery(selection);
    window.history.replaceState(null, '', `${window.location.pathname}${query}`);
    if (shareButton) shareButton.dataset['copy'] = window.location.href;
    for (const toggle of toggles) toggle.checked = selection.moduleIds.includes(toggle.value);
    const doc = currentDocument();
    renderOutline(doc);
    renderPicker();
    preview.replaceChildren(...documentElements(doc));
    return doc;
  };

  const focusButton = (id: string, action: string) => {
    const row = outline.querySelector<HTMLElement>(`li[data-module="${CSS.escape(id)}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]:not([disabled])`);
    (wanted ?? row?.querySelector<HTMLButtonElement>('button:not([disabled])'))?.focus();
  };

  /** What the rep is told after adding a module: where it went, or that it repeats what is there. */
  const addedMessage = (doc: ProposalDocument, id: string, title: string) => {
    const covered = doc.omitted.find((o) => o.id === id)?.coveredBy;
    if (covered) return `${title} is already in section ${covered.number} (${covered.title}); it is not repeated.`;
    const section = doc.sections.find((s) => s.id === id);
    if (!section) return `${title} has nothing that fits this proposal’s industry, region or language; it is left out.`;
    const repeats =
      section.repeatsLeftOut > 0
        ? ` ${section.repeatsLeftOut} item${section.repeatsLeftOut === 1 ? ' is' : 's are'} already in an earlier section and not repeated.`
        : '';
    return `Added ${title} as section ${section.number}.${repeats}`;
  };

  function listenToToggle(toggle: HTMLInputElement): void {
    toggle.addEventListener('change', () => {
      selection = { ...selection, moduleIds: toggleModule(selection.moduleIds, toggle.value) };
      const doc = render();
      const title = byId.get(toggle.value)?.title ?? toggle.value;
      announce(toggle.checked ? addedMessage(doc, toggle.value, title) : `Removed ${title}.`);
    });
  }
  for (const toggle of toggles) listenToToggle(toggle);

  const onText = (input: HTMLInputElement, update: (value: string) => ProposalSelection) =>
    input.addEventListener('input', () => {
      selection = update(input.value);
      render();
    });
  onText(customerInput, (customer) => ({ ...selection, customer }));
  onText(repNameInput, (name) => ({ ...selection, rep: { ...selection.rep, name } }));
  onText(repContactInput, (contact) => ({ ...selection, rep: { ...selection.rep, contact } }));
  const onChoice = (select: HTMLSelectElement, update: (value: string | undefined) => ProposalSelection) =>
    select.addEventListener('change', () => {
      selection = update(select.value || undefined);
      render();
    });
  onChoice(langSelect, (lang) => ({ ...selection, lang: lang ?? catalogue.lang }));
  onChoice(industrySelect, (industry) => ({ ...selection, industry }));
  onChoice(regionSelect, (region) => ({ ...selection, region }));
  showAll?.addEventListener('change', renderPicker);
  find?.addEventListener('input', renderPicker);

  outline.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
    const id = button?.closest<HTMLElement>('li[data-module]')?.dataset['module'];
    if (!button || !id) return;
    const action = button.dataset['action'];
    const title = byId.get(id)?.title ?? id;
    if (action === 'remove') {
      const next = selection.moduleIds[selection.moduleIds.indexOf(id) + 1] ?? selection.moduleIds[selection.moduleIds.indexOf(id) - 1];
      selection = { ...selection, moduleIds: toggleModule(selection.moduleIds, id) };
      render();
      if (next) focusButton(next, 'remove');
      else customerInput.focus();
      announce(`Removed ${title}.`);
      return;
    }
    selection = { ...selection, moduleIds: moveModule(selection.moduleIds, id, action === 'up' ? -1 : 1) };
    const doc = render();
    focusButton(id, action ?? 'up');
    const section = doc.sections.find((s) => s.id === id);
    announce(section ? `Moved ${title} to section ${section.number} of ${doc.sections.length}.` : `Moved ${title}.`);
  });

  async function downloadMarkdown(): Promise<void> {
    // The Markdown serializer loads only when someone asks for a .md, as the Word writer does.
    const { proposalMarkdown } = await import('../lib/toolkits/proposalMarkdown');
    download(
      new Blob([proposalMarkdown(currentDocument())], { type: 'text/markdown;charset=utf-8' }),
      proposalFileName(catalogue, selection, 'md'),
    );
    announce('Markdown downloaded.');
  }

  async function downloadWord(button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    try {
      // The Word writer is large; it loads only when someone asks for a .docx.
      const { proposalDocxBlob } = await import('../lib/toolkits/proposalDocx');
      download(await proposalDocxBlob(currentDocument(), catalogue.company), proposalFileName(catalogue, selection, 'docx'));
      announce('Word document downloaded.');
    } catch (error) {
      announce('The Word document could not be built; download Markdown instead.');
      console.error(error);
    } finally {
      button.disabled = false;
    }
  }

  root.querySelector('[data-export="markdown"]')?.addEventListener('click', () => void downloadMarkdown());
  root
    .querySelector<HTMLButtonElement>('[data-export="docx"]')
    ?.addEventListener('click', (event) => void downloadWord(event.currentTarget as HTMLButtonElement));

  root.querySelector('[data-print-proposal]')?.addEventListener('click', () => window.print());

  render();
}
