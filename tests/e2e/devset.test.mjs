// @ts-check
// Floors on the development set (issue 11): the real pages kept in tests/devset/pages run through
// the real extractor in Chromium and the core (the CLI), scored against the expert labels by
// tests/devset/run.mjs. Each floor sits a little below what the code reached when it was set
// (EVALUATION.md has the figures): a rule that makes the judgement of real pages worse fails
// here, not in the held-out evaluation. The pages fetched but not kept (tools/fetch-devset.sh)
// are measured by `./build.sh eval`, not here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = join(ROOT, 'target/devset/kept-results.json');

/** The floors: fractions of the labelled links and pages. */
// Set 2026-12-02 (evening) on 109 kept pages (109 with a profile), after the documentation pages
// (blind round 5) and the blog posts (blind round 6) joined them, where the code reached:
// precision 0.946, recall 0.933, share 1.0 (112/112), verdict without a profile 109/109,
// opportunity types 105/109 (0.963), judged prospects 82/109 (0.75). The news pages alone were
// at 57/66 judged: the new kinds are harder, and EVALUATION.md says where.
const FLOORS = {
  // Raised 2026-12-05 (fifteenth session) from 0.9: 316 kept pages, with blind rounds 27, 29 and
  // 30 (2013 news and 47 documentation pages), at 0.957 / 0.965 (tp 770, fp 35, fn 28).
  // Nineteenth session: 434 kept pages with blind round 41's 53 news pages (links only), at
  // 0.958 / 0.961 (tp 818, fp 36, fn 33), share buttons 751 of 753. Raised (twentieth session)
  // from 0.92: 464 kept pages, with blind rounds 42 and 43's link labels on 70 documentation
  // pages, at 0.975 / 0.979 (tp 1,885, fp 48, fn 41). Twenty-first session: 484 kept pages with
  // blind round 44's 20, at 0.973 / 0.964 (tp 2,007, fp 55, fn 75).
  contentPrecision: 0.95,
  contentRecall: 0.95,
  shareRecognised: 0.97,
  // Lowered (twenty-first session) from 0.97: blind round 44's 20 kept pages of kinds the set
  // lacked put 6 misses beside the earlier 1 (science archives' query pages and a manuals index
  // every expert calls no prospect, a README they do not): 122 of 129 (0.946).
  noVerdictWithoutProfile: 0.94,
  opportunityTypes: 0.93,
  // Lowered 2026-12-03 (fourth session) from 0.72: a top-1k site's article with no opening is now
  // at most Weak, as the experts' majority judged such pages out of sample (blind rounds 10 and
  // 11). The kept pages' first labels called most of them Worth pursuing, their second and third
  // experts mostly Weak: 72 of 109 (0.66) as first labelled, while the majority floor rises.
  judgedProspects: 0.64,
  // Set 2026-12-03 (second session): against the majority of two or three experts (the
  // agreement files), the kept pages are at 84 of 108 (0.78; 85 after rounds 9 and 10); two
  // experts agree on 76 of 104. Raised (fourth session) from 0.74: 89 of 108 (0.82). Raised
  // (seventh session) from 0.79: 91 of 108 (0.84) since old pages with no list are at most Weak.
  // Eighth session: 122 of 148 (0.824) with blind rounds 13 and 14's 40 kept pages (mostly 2013
  // news the experts call Weak); the floor stays 0.81, a little below. Eighteenth session: 202 of
  // 248 (0.815) with blind round 39's 20 kept news pages, labels only (no code changed for them).
  // Twenty-first session: 211 of 268 (0.787) with blind round 44's 20 kept pages of kinds the set
  // lacked (9 of 20, an always-Weak judge 10; EVALUATION.md); lowered from 0.81, a little below.
  expertsMajority: 0.78,
  // Set 2026-12-06 (twenty-third session) on round 46's contact labels of the kept pages (119
  // pages), where the code reached: 21 of 193 offered addresses no contact to both labellers
  // (0.109; before the round's rules about 0.2), 171 of 172 real ones kept, the pitched address
  // a labeller's first choice on 76 of 79 pages with one to write to (0.962) and none or the
  // least-bad pick on 34 of 40 without (0.85).
  contactJunkAtMost: 0.15,
  contactRealKept: 0.97,
  contactToWrite: 0.92,
  contactNoneToWrite: 0.78,
  // Set 2026-12-06 (twenty-fourth session) on the links the labellers filed as ads on the kept
  // pages: 73 of 125 called an ad, rel=sponsored or an affiliate link (0.584; 5 of 180 on the
  // whole set before `src/ads.rs`), and no link of the text called an ad (0 of 2,082). Raised
  // 2026-12-06 (twenty-sixth session) with ad units told by their small named box: 83 of 125
  // (0.664), still none of the text.
  adRecognised: 0.62,
  contentCalledAdAtMost: 0.002,
  // Set 2026-12-06 (twenty-fifth session) on round 47's affiliate labels of the kept pages: 17 of
  // the 22 links both labellers call affiliate recognised (0.773), and all 21 links the core
  // calls affiliate marked so by a labeller (27 with 6 wrong, TRUSTe's `affiliateId`, until a
  // button's parameters stopped counting). Before `src/affiliate.rs`, on the whole set: 20 of
  // 110 and 21 of 66 (`ref=nav` read as an id).
  affiliateRecall: 0.72,
  affiliatePrecision: 0.9,
  // Set 2026-12-06 (twenty-fifth session) on round 48's admin labels of the kept pages: 146 of
  // the 169 links both labellers call admin given a not-editorial reason (0.864), 131 of the 133
  // the core calls an account or page action marked so by a labeller (0.985). Before
  // `src/actions.rs`, on the whole set: 50 of 255. Raised 2026-12-06 (twenty-sixth session) with
  // request forms, preferred-source buttons and feed files: 157 of 169 (0.929), 143 of 145.
  adminRecall: 0.88,
  adminPrecision: 0.95,
  // Set 2026-12-06 (twenty-sixth session) on round 49's ad labels of the kept pages (links no
  // region round labelled): 75 of the 77 both labellers call ads recognised (0.974), 76 of the 80
  // links the core calls ads (or advertisers' pages) marked so by a labeller (0.95).
  ads49Recall: 0.93,
  ads49Precision: 0.9,
  // Set 2026-12-06 (twenty-sixth session) on round 50's share labels of the kept pages (links no
  // region round labelled): 39 of the 39 both labellers call share buttons recognised, 42 of the
  // 49 links the core calls share buttons or page utilities marked so by a labeller (0.857; the
  // rest are follow buttons, a network's bare home page, a log-in, a plug-in prompt: no
  // editorial link to either labeller).
  share50Recall: 0.95,
  share50Precision: 0.8,
};

test('the development set\'s kept pages are judged as the experts labelled them, above the floors', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'tests/devset/run.mjs'), '--kept', '--results', RESULTS], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  return readFile(RESULTS, 'utf8').then((text) => {
    const r = JSON.parse(text);
    const lines = run.stdout.split('\n').filter((l) => /^(pages run|region|share|ad links|verdict|opportunity|judged)/.test(l)).join('\n');
    assert.equal(r.pagesFailed, 0, lines);
    assert.ok(r.labelledPages >= 60, `${r.labelledPages} labelled pages kept`);
    assert.equal(r.linksNotFound, 0, 'every labelled link is found on its page');
    assert.ok(r.content.precision >= FLOORS.contentPrecision, `content precision ${r.content.precision}\n${lines}`);
    assert.ok(r.content.recall >= FLOORS.contentRecall, `content recall ${r.content.recall}\n${lines}`);
    assert.ok(r.shareRecognised.rate >= FLOORS.shareRecognised, `share buttons ${r.shareRecognised.rate}\n${lines}`);
    assert.ok(r.adRecognised.of >= 100, `${r.adRecognised.of} labelled ads kept`);
    assert.ok(r.adRecognised.rate >= FLOORS.adRecognised, `ads ${r.adRecognised.rate}\n${lines}`);
    const textCalledAds = (r.adRecognised.calledAdsByRegion.content ?? 0) / (r.content.tp + r.content.fn);
    assert.ok(textCalledAds <= FLOORS.contentCalledAdAtMost, `links of the text called ads: ${r.adRecognised.calledAdsByRegion.content}\n${lines}`);
    assert.ok(r.verdictAgreement.rate >= FLOORS.noVerdictWithoutProfile, `no verdict without a profile ${r.verdictAgreement.rate}\n${lines}`);
    assert.ok(r.opportunityAgreement.rate >= FLOORS.opportunityTypes, `opportunity types ${r.opportunityAgreement.rate}\n${lines}`);
    assert.ok((r.judgedProspects.rate ?? 0) >= FLOORS.judgedProspects, `judged prospects ${r.judgedProspects.rate}\n${lines}`);
    assert.ok((r.expertsMajority.rate ?? 0) >= FLOORS.expertsMajority, `against the experts' majority ${r.expertsMajority.rate}\n${lines}`);
    const a = r.affiliates;
    assert.ok(a && a.recall.of >= 20, `affiliate labels on the kept pages: ${JSON.stringify(a?.recall)}`);
    assert.ok(a.recall.found / a.recall.of >= FLOORS.affiliateRecall, `affiliate links recognised ${JSON.stringify(a.recall)}`);
    assert.ok(a.precision.right / a.precision.of >= FLOORS.affiliatePrecision, `links called affiliate that are ${JSON.stringify(a.precision)}`);
    const m = r.admin;
    assert.ok(m && m.recall.of >= 100, `admin labels on the kept pages: ${JSON.stringify(m?.recall)}`);
    assert.ok(m.recall.found / m.recall.of >= FLOORS.adminRecall, `admin links recognised ${JSON.stringify(m.recall)}`);
    assert.ok(m.precision.right / m.precision.of >= FLOORS.adminPrecision, `links called actions that are ${JSON.stringify(m.precision)}`);
    // A blind round's links are found by address and occurrence: a page that renders a widget
    // differently from run to run may lose one or two.
    const ads = r.ads49;
    assert.ok(ads && ads.recall.of >= 60 && ads.notFound <= 3, `round 49 ad labels on the kept pages: ${JSON.stringify(ads?.recall)}, ${ads?.notFound} not found`);
    assert.ok(ads.recall.found / ads.recall.of >= FLOORS.ads49Recall, `round 49 ads recognised ${JSON.stringify(ads.recall)}`);
    assert.ok(ads.precision.right / ads.precision.of >= FLOORS.ads49Precision, `links called ads that are ${JSON.stringify(ads.precision)}`);
    const sh = r.share50;
    assert.ok(sh && sh.recall.of >= 30 && sh.notFound <= 3, `round 50 share labels on the kept pages: ${JSON.stringify(sh?.recall)}, ${sh?.notFound} not found`);
    assert.ok(sh.recall.found / sh.recall.of >= FLOORS.share50Recall, `round 50 share buttons recognised ${JSON.stringify(sh.recall)}`);
    assert.ok(sh.precision.right / sh.precision.of >= FLOORS.share50Precision, `links called share buttons that are ${JSON.stringify(sh.precision)}`);
    const c = r.contacts;
    assert.ok(c && c.pages >= 100, `contact labels on ${c?.pages} kept pages`);
    const contacts = JSON.stringify({ offered: c.offered, junk: c.junk, real: c.real, kept: c.kept, toWrite: c.toWrite, noneToWrite: c.noneToWrite });
    assert.ok(c.junk / c.offered <= FLOORS.contactJunkAtMost, `addresses offered that are no contact ${contacts}`);
    assert.ok(c.kept / c.real >= FLOORS.contactRealKept, `real addresses kept ${contacts}`);
    assert.ok(c.toWrite.agree / c.toWrite.of >= FLOORS.contactToWrite, `the address to write to first ${contacts}`);
    assert.ok(c.noneToWrite.agree / c.noneToWrite.of >= FLOORS.contactNoneToWrite, `no address to pitch where none is worth it ${contacts}`);
  });
});
