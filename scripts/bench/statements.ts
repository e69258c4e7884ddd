/**
 * Statements as teams write them in an OKR sheet: objectives, key results (good and flawed),
 * KPIs and tasks. Each template fills its figures and names from the generator, so a 100,000-row
 * column holds many different texts, as a real one does, rather than a few repeated ones.
 */
import type { Random } from './random';

type Template = (random: Random) => string;

const REGIONS = ['EMEA', 'APAC', 'LATAM', 'North America', 'the Nordics', 'DACH'];
const SEGMENTS = ['enterprise', 'mid-market', 'self-serve', 'agency', 'nonprofit'];
const AUDIENCES = ['small retailers', 'finance teams', 'independent gyms', 'HR leaders'];
const MARKETS = ['German', 'French', 'Japanese', 'Brazilian', 'Canadian'];
const TEAMS = ['marketing', 'sales', 'support', 'platform', 'partner'];
const FUNNEL_STEPS = ['MQL-to-SQL', 'trial-to-paid', 'demo-to-close', 'visit-to-signup'];
const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'];
const MONTHS = ['March', 'June', 'September', 'December'];

const OBJECTIVES: Template[] = [
  (r) => `Grow our presence in ${r.pick(REGIONS)}`,
  (r) => `Delight our ${r.pick(SEGMENTS)} customers`,
  (r) => `Become the go-to analytics tool for ${r.pick(AUDIENCES)}`,
  (r) => `Launch in the ${r.pick(MARKETS)} market`,
  (r) => `Make ${r.pick(TEAMS)} a reason customers stay`,
  () => 'Fix onboarding so new users succeed on day one',
  () => 'Improve engineering velocity',
  () => 'Objective: Build a world-class sales team',
];

const KEY_RESULTS: Template[] = [
  (r) => {
    const from = r.int(4, 9);
    return `Cut churn from ${from}% to ${from - r.int(1, 3)}% this quarter`;
  },
  (r) => {
    const from = r.int(10, 30);
    return `Increase ${r.pick(FUNNEL_STEPS)} conversion from ${from}% to ${from + r.int(5, 15)}%`;
  },
  (r) => `Acquire ${r.int(20, 200)} new customers in ${r.pick(REGIONS)}`,
  (r) => {
    const from = r.int(10, 30) / 10;
    return `Grow ARR from $${from}M to $${from + r.int(2, 10) / 10}M by end of ${r.pick(QUARTERS)}`;
  },
  (r) => {
    const from = r.int(10, 40);
    return `Lift NPS from ${from} to ${from + r.int(5, 20)}`;
  },
  (r) => {
    const from = r.int(300, 900);
    return `Reduce p95 latency from ${from} ms to ${from - r.int(100, 250)} ms`;
  },
  (r) => `Hire ${r.int(2, 12)} senior engineers`,
  (r) => `Reach ${r.int(5, 50)},000 weekly active users`,
  (r) => {
    const from = r.int(10, 21);
    return `KR${r.int(1, 4)}: Shorten release cycle from ${from} days to ${from - r.int(3, 8)} days`;
  },
  (r) => `Ticket backlog: ${r.int(300, 600)} -> ${r.int(100, 250)}`,
  // Flawed key results are what KRCHECK exists for, so a real column has some.
  (r) => `Increase website traffic by ${r.int(5, 40)}%`,
  (r) => `Improve activation rate to ${r.int(40, 70)}%`,
  () => 'Improve onboarding',
];

const KPIS: Template[] = [
  (r) => `Churn under ${r.int(2, 5)}%`,
  (r) => `Gross margin above ${r.int(30, 60)}%`,
  (r) => `Maintain uptime of at least 99.${r.int(5, 99)}%`,
  (r) => `Average ticket response under ${r.int(10, 60)} minutes`,
  (r) => {
    const low = r.int(55, 70);
    return `Billable utilization between ${low}% and ${low + r.int(5, 15)}%`;
  },
  (r) => `${r.int(90, 99)}% of tickets answered within ${r.pick([4, 8, 24, 48])} hours`,
  (r) => `Net revenue retention above ${r.int(95, 120)}%`,
  () => 'Monthly recurring revenue',
  () => 'Customer satisfaction score',
];

const TASKS: Template[] = [
  (r) => `Design new website by end of ${r.pick(QUARTERS)}`,
  (r) => `Migrate billing to Stripe by ${r.pick(MONTHS)} ${r.int(1, 30)}`,
  (r) => `Hold weekly ${r.pick(TEAMS)} meetings`,
  (r) => `Write the ${r.pick(TEAMS)} playbook`,
  (r) => `Run ${r.int(2, 8)} customer webinars`,
  (r) => `Publish ${r.int(4, 24)} blog posts`,
  () => 'Launch the new pricing page by end of quarter',
  () => 'Implement automated recruitment process',
];

/** Roughly the mix of an OKR sheet: more key results than objectives, some KPIs and tasks. */
const STATEMENT_MIX: readonly { kind: string; share: number; templates: Template[] }[] = [
  { kind: 'objectives', share: 0.2, templates: OBJECTIVES },
  { kind: 'key results', share: 0.4, templates: KEY_RESULTS },
  { kind: 'KPIs', share: 0.25, templates: KPIS },
  { kind: 'tasks', share: 0.15, templates: TASKS },
];

/** The mix in words, for the benchmark's notes: "20% objectives, 40% key results, ...". */
export const STATEMENT_MIX_IN_WORDS = STATEMENT_MIX.map(
  ({ kind, share }) => `${Math.round(share * 100)}% ${kind}`,
).join(', ');

export const STATEMENT_TEMPLATE_COUNT = STATEMENT_MIX.reduce(
  (count, { templates }) => count + templates.length,
  0,
);

export function realisticStatement(random: Random): string {
  let draw = random.next();
  for (const { share, templates } of STATEMENT_MIX) {
    if (draw < share) return random.pick(templates)(random);
    draw -= share;
  }
  return random.pick(KEY_RESULTS)(random);
}
