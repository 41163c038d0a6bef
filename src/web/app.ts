/**
 * The verification page: a verifier drops, chooses or pastes a credential (JSON, VC-JWT, baked
 * PNG/SVG badge, sealed EDC) and `verify()` runs here, in the browser — the credential never
 * leaves the machine. Arriving from a QR link (`?id=…`), the page fetches the credential from the
 * issuing service it is served by, then verifies it the same way.
 */
import { type TrustList, type VerificationReport, verify } from 'microcred';
import { isPng, isSvg } from 'microcred/bake';
import { type LabelKey, type UiLanguage, awardingText, label, levelText, localized, workloadText } from 'microcred/labels';
import { browserResolver } from './browser-resolver.js';
import { UNRELIABLE_DETAILS, VERDICT_TEXT, VERIFIED_WITH_WARNINGS, plainReason } from './reasons.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const LANGUAGES: UiLanguage[] = ['en', 'ka', 'hy'];

let language: UiLanguage = pickLanguage();
let lastReport: VerificationReport | undefined;
/** What the result area says while there is no report (checking, fetching, …), to re-word on a language switch. */
let pendingKey: LabelKey | undefined;
/** Keys (did:web, HTTPS) are fetched by this browser, where the key's host allows it (CORS). */
const resolver = browserResolver();

/**
 * The trust list of the service hosting the page (`microcred serve` serves its own issuer
 * there), so the page recognises the issuers the service does. A page hosted elsewhere has none:
 * every issuer is then unrecognised, never silently trusted.
 */
const trustReady: Promise<TrustList | undefined> = fetch(new URL('trust.json', import.meta.url), { headers: { accept: 'application/json' } })
  .then(async (response) => {
    if (!response.ok || !/json/.test(response.headers.get('content-type') ?? '')) return undefined;
    const value = (await response.json()) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    // The page as built ships an empty trust.json (so a page hosted anywhere fetches no 404): no list at all.
    const list = value as TrustList;
    return list.trusted?.length || list.distrusted?.length || list.certificates?.length ? list : undefined;
  })
  .catch(() => undefined);

function pickLanguage(): UiLanguage {
  const asked = new URLSearchParams(location.search).get('lang') ?? navigator.language.slice(0, 2);
  return (LANGUAGES as string[]).includes(asked) ? (asked as UiLanguage) : 'en';
}

/** Puts the page's own text in the current language. */
function applyLanguage(): void {
  document.documentElement.lang = language;
  ($('language') as HTMLSelectElement).value = language;
  for (const element of document.querySelectorAll<HTMLElement>('[data-label]')) {
    element.textContent = label(language, element.dataset.label as LabelKey);
  }
  document.title = `${label(language, 'pageTitle')} — microcred`;
  showFileName($('file-name').dataset.name || undefined);
  if (lastReport) show(lastReport);
  else if (pendingKey) $('verdict').textContent = label(language, pendingKey);
}

/** Turns what the verifier gave into what verify() takes: images as bytes (verify() unbakes them, and says so when they hold no credential). */
async function readFile(file: File): Promise<unknown> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  if (isPng(bytes) || isSvg(text)) return bytes;
  return text;
}

/**
 * Status lists are fetched from where the credential says (its issuer's service), as any
 * verifier must to see a revocation; the list is the same for thousands of credentials, so the
 * fetch does not reveal which one is being checked.
 */
async function resolveStatusList(url: string): Promise<unknown> {
  if (!/^https:\/\//.test(url) && new URL(url).origin !== location.origin) throw new Error(`Status list ${url} is not on HTTPS.`);
  const response = await fetch(url, { headers: { accept: 'application/json, application/vc+jwt' } });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const text = await response.text();
  return text.trim().startsWith('{') ? JSON.parse(text) : text.trim();
}

/** Shows a passing state (checking, fetching, nothing to verify): no verdict, no icon. */
function pending(key: LabelKey): void {
  lastReport = undefined;
  pendingKey = key;
  const result = $('result');
  result.hidden = false;
  result.className = '';
  delete result.dataset.verdict;
  $('verdict-icon').replaceChildren();
  $('verdict').textContent = label(language, key);
  $('verdict-explain').textContent = '';
  $('reasons').replaceChildren();
  $('details').replaceChildren();
}

/**
 * Brings the result to the person: on a phone the verdict is below the fold after a QR scan or a
 * drop, so it is scrolled into view and focused (screen readers then read its heading).
 */
function reveal(): void {
  const result = $('result');
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  result.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  result.focus({ preventScroll: true });
}

async function run(input: unknown): Promise<void> {
  pending('checking');
  let report: VerificationReport;
  try {
    report = await verify(input, { status: { resolveStatusList }, resolver, trust: await trustReady });
  } catch (error) {
    report = { verdict: 'not-verified', verified: false, format: 'unknown', checks: [{ id: 'parse', status: 'fail', message: (error as Error).message }] };
  }
  lastReport = report;
  show(report);
  reveal();
}

const CLASS = { verified: 'verified', 'authentic-unrecognised-issuer': 'unrecognised', 'not-verified': 'failed' } as const;

/** Each verdict has its own shape (tick, exclamation mark, cross), so it never rests on colour alone. */
const ICON: Record<VerificationReport['verdict'], string> = {
  verified: '<circle cx="12" cy="12" r="11" fill="currentColor"/><path d="m6.5 12.5 3.5 3.5 7.5-8" fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>',
  'authentic-unrecognised-issuer': '<path d="M12 1.5 23 21.5H1z" fill="currentColor"/><path d="M12 8.5v6" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/><circle cx="12" cy="18" r="1.5" fill="#fff"/>',
  'not-verified': '<circle cx="12" cy="12" r="11" fill="currentColor"/><path d="m7.5 7.5 9 9m0-9-9 9" stroke="#fff" stroke-width="2.5" stroke-linecap="round"/>',
};

function icon(verdict: VerificationReport['verdict']): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('focusable', 'false');
  svg.innerHTML = ICON[verdict];
  return svg;
}

/** The issuer as the page's language names it: the awarding body with the issuer's id has the translations. */
function issuerText(report: VerificationReport): string | undefined {
  if (!report.issuer) return undefined;
  const { id, name: given } = report.issuer;
  // By id, else by the name the credential gives the issuer (a test key's did:key is not the body's did:web).
  const body = report.microCredential?.awardingBodies?.find((b) => b.id === id) ?? report.microCredential?.awardingBodies?.find((b) => given !== undefined && Object.values(b.name ?? {}).includes(given));
  const name = (body && localized(body.name, language)) ?? given ?? '';
  return `${name} ${id}`.trim();
}

function show(report: VerificationReport): void {
  pendingKey = undefined;
  const result = $('result');
  result.className = CLASS[report.verdict];
  result.dataset.verdict = report.verdict;
  const text = VERDICT_TEXT[report.verdict];
  const warned = report.checks.some((c) => c.status === 'warn');
  $('verdict-icon').replaceChildren(icon(report.verdict));
  $('verdict').textContent = report.verdict === 'verified' && warned ? VERIFIED_WITH_WARNINGS[language] : text.heading[language];
  $('verdict-explain').textContent = text.explain?.[language] ?? '';
  $('reasons').replaceChildren(
    ...report.checks
      .filter((c) => c.status === 'fail' || c.status === 'warn')
      .map((c) => {
        const item = document.createElement('li');
        item.className = c.status;
        const plain = plainReason(c, language);
        if (plain) {
          const strong = document.createElement('strong');
          strong.textContent = plain;
          item.append(strong, ' ');
        }
        // The technical wording stays, for whoever has to follow it up.
        const technical = document.createElement('small');
        technical.textContent = `${c.id}${c.code ? ` (${c.code})` : ''}: ${c.message}`;
        item.append(technical);
        return item;
      }),
  );
  const mc = report.microCredential;
  const details = $('details');
  details.replaceChildren();
  details.className = report.verified ? '' : 'unreliable';
  if (!mc?.title) return;
  if (!report.verified) {
    // A failed credential's content is what someone claims, not what anyone vouches for.
    const warning = document.createElement('h3');
    warning.id = 'unreliable-heading';
    warning.textContent = UNRELIABLE_DETAILS[language];
    details.append(warning);
  }
  const list = document.createElement('dl');
  const row = (key: LabelKey, value: string | undefined) => {
    if (!value) return;
    const dt = document.createElement('dt');
    dt.textContent = label(language, key);
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  };
  row('title', localized(mc.title, language));
  row('learner', mc.learner?.name ?? mc.learner?.id);
  row('issuer', issuerText(report));
  if (mc.awardingBodies) row('awardingBodies', awardingText(mc, language));
  row('dateOfIssuing', mc.dateOfIssuing?.slice(0, 10));
  if (mc.level) row('level', levelText(mc, language));
  if (mc.workload) row('workload', workloadText(mc, language));
  details.append(list);
  if (mc.learningOutcomes?.length) {
    const heading = document.createElement('h3');
    heading.textContent = label(language, 'learningOutcomes');
    const outcomes = document.createElement('ul');
    outcomes.append(
      ...mc.learningOutcomes.map((o) => {
        const item = document.createElement('li');
        item.textContent = localized(o.text, language) ?? '';
        return item;
      }),
    );
    details.append(heading, outcomes);
  }
}

/** Arriving from a QR link: fetch the credential from the issuing service, then verify it here. */
async function fromLink(id: string): Promise<void> {
  pending('loadingById');
  const service = new URLSearchParams(location.search).get('service') ?? location.origin;
  try {
    const response = await fetch(`${service.replace(/\/$/, '')}/credentials/${encodeURIComponent(id)}`, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    await run(await response.text());
  } catch (error) {
    lastReport = { verdict: 'not-verified', verified: false, format: 'unknown', checks: [{ id: 'parse', status: 'fail', message: `${label(language, 'notFound')}: ${(error as Error).message}` }] };
    show(lastReport);
    reveal();
  }
}

/** Shows which file is being checked, or nothing once the verifier pastes instead. */
function showFileName(name: string | undefined): void {
  const shown = $('file-name');
  shown.textContent = name ? `${label(language, 'chosenFile')}: ${name}` : '';
  shown.dataset.name = name ?? '';
}

function check(file: File): void {
  showFileName(file.name);
  void readFile(file).then(run, (error: Error) => run({ unreadable: error.message }));
}

function wire(): void {
  const dropzone = $('dropzone');
  const fileInput = $('file') as HTMLInputElement;
  const pasted = $('pasted') as HTMLTextAreaElement;
  // The drop zone is the file input's <label>: a click or tap opens the picker, the input is the one tab stop.
  dropzone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropzone.classList.add('dragging');
  });
  dropzone.addEventListener('dragleave', () => dropzone.classList.remove('dragging'));
  dropzone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropzone.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) {
      fileInput.value = '';
      pasted.value = '';
      check(file);
    }
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) {
      pasted.value = '';
      check(file);
    }
  });
  // Pasting replaces a chosen file: its name must not stay on screen beside another credential.
  pasted.addEventListener('input', () => {
    if (!fileInput.value && !$('file-name').dataset.name) return;
    fileInput.value = '';
    showFileName(undefined);
  });
  $('verify-button').addEventListener('click', () => {
    const text = pasted.value.trim();
    if (!text) {
      pending('nothingToVerify');
      reveal();
      return;
    }
    showFileName(undefined);
    void run(text);
  });
  $('language').addEventListener('change', (event) => {
    language = (event.target as HTMLSelectElement).value as UiLanguage;
    applyLanguage();
  });
}

wire();
applyLanguage();
const id = new URLSearchParams(location.search).get('id');
if (id) void fromLink(id);
