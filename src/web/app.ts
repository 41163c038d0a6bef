/**
 * The verification page: a verifier drops, chooses or pastes a credential (JSON, VC-JWT, baked
 * PNG/SVG badge, sealed EDC) and `verify()` runs here, in the browser — the credential never
 * leaves the machine. Arriving from a QR link (`?id=…`), the page fetches the credential from the
 * issuing service it is served by, then verifies it the same way.
 */
import { isPng, isSvg } from '../bake/index.js';
import { awardingText, levelText, workloadText } from '../render/describe.js';
import { type LabelKey, type UiLanguage, label, localized } from '../render/labels.js';
import type { TrustList } from '../verify/checks/issuer-trust.js';
import type { VerificationReport } from '../verify/report.js';
import { verify } from '../verify/verify.js';
import { browserResolver } from './browser-resolver.js';
import { UNRELIABLE_DETAILS, VERDICT_TEXT, VERIFIED_WITH_WARNINGS, plainReason } from './reasons.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const LANGUAGES: UiLanguage[] = ['en', 'ka', 'hy'];

let language: UiLanguage = pickLanguage();
let lastReport: VerificationReport | undefined;
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
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as TrustList) : undefined;
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
  if (lastReport) show(lastReport);
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

async function run(input: unknown): Promise<void> {
  const result = $('result');
  result.hidden = false;
  result.className = '';
  $('verdict').textContent = label(language, 'checking');
  $('reasons').replaceChildren();
  $('details').replaceChildren();
  let report: VerificationReport;
  try {
    report = await verify(input, { status: { resolveStatusList }, resolver, trust: await trustReady });
  } catch (error) {
    report = { verdict: 'not-verified', verified: false, format: 'unknown', checks: [{ id: 'parse', status: 'fail', message: (error as Error).message }] };
  }
  lastReport = report;
  show(report);
}

const CLASS = { verified: 'verified', 'authentic-unrecognised-issuer': 'unrecognised', 'not-verified': 'failed' } as const;

function show(report: VerificationReport): void {
  const result = $('result');
  result.className = CLASS[report.verdict];
  result.dataset.verdict = report.verdict;
  const text = VERDICT_TEXT[report.verdict];
  const warned = report.checks.some((c) => c.status === 'warn');
  $('verdict').textContent = report.verdict === 'verified' && warned ? VERIFIED_WITH_WARNINGS[language] : text.heading[language];
  const explain = document.createElement('p');
  explain.id = 'verdict-explain';
  explain.textContent = text.explain?.[language] ?? '';
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
  $('reasons').before(explain);
  document.querySelectorAll('#verdict-explain').forEach((node) => node !== explain && node.remove());
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
  row('issuer', report.issuer ? `${report.issuer.name ?? ''} ${report.issuer.id}`.trim() : undefined);
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
  $('result').hidden = false;
  $('verdict').textContent = label(language, 'loadingById');
  const service = new URLSearchParams(location.search).get('service') ?? location.origin;
  try {
    const response = await fetch(`${service.replace(/\/$/, '')}/credentials/${encodeURIComponent(id)}`, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    await run(await response.text());
  } catch (error) {
    lastReport = { verdict: 'not-verified', verified: false, format: 'unknown', checks: [{ id: 'parse', status: 'fail', message: `${label(language, 'notFound')}: ${(error as Error).message}` }] };
    show(lastReport);
  }
}

function wire(): void {
  const dropzone = $('dropzone');
  const fileInput = $('file') as HTMLInputElement;
  dropzone.addEventListener('dragover', (event) => {
    event.preventDefault();
    dropzone.classList.add('dragging');
  });
  dropzone.addEventListener('dragleave', () => dropzone.classList.remove('dragging'));
  dropzone.addEventListener('drop', (event) => {
    event.preventDefault();
    dropzone.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) void readFile(file).then(run, (error: Error) => run({ unreadable: error.message }));
  });
  dropzone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      fileInput.click();
    }
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void readFile(file).then(run, (error: Error) => run({ unreadable: error.message }));
  });
  $('verify-button').addEventListener('click', () => {
    const text = ($('pasted') as HTMLTextAreaElement).value.trim();
    if (!text) {
      $('result').hidden = false;
      $('verdict').textContent = label(language, 'nothingToVerify');
      return;
    }
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
