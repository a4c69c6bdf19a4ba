import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { storeBlobs, type PreparedAttachment } from '../attachments/index.js';
import type { Context } from '../context.js';
import { scrambledReference, brusselsYear } from '../messages/reference.js';
import type { Store } from '../store/db.js';
import { seedCore } from './core.js';
import { DEMO_USERS, IBW2, WZC1 } from './demo-world.js';
import type { SeedOptions, SeedReport } from './types.js';

/**
 * Messages and helpdesk questions of the demo world, so every command has something real to
 * show on first start: threads both ways on both themes, some unread, some with attachments,
 * questions in every state. With `--messages N`, a generated world of at least N messages over
 * many facilities for the benchmarks (one transaction, prepared statements).
 */
export function seedMessages(store: Store, options: SeedOptions, now: Date, progress: Context['progress']): SeedReport {
  const report: SeedReport = { threads: 0, messages: 0, helpdeskQuestions: 0 };
  const has = (sql: string) => Boolean(store.raw.prepare(sql).get());
  const demoFacilities = has(`SELECT 1 FROM organisations WHERE hco = '${WZC1}'`) && has(`SELECT 1 FROM organisations WHERE hco = '${IBW2}'`);
  if (demoFacilities && !has('SELECT 1 FROM threads LIMIT 1')) Object.assign(report, seedDemoThreads(store, now));
  if (!has('SELECT 1 FROM helpdesk_questions LIMIT 1')) report.helpdeskQuestions = seedDemoQuestions(store, now);
  const wanted = options.messages ?? 0;
  const existing = (store.raw.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n;
  if (wanted > existing) {
    // A benchmark world spreads its messages over many facilities, as the real e-loket does.
    if (options.organisations === undefined && wanted >= BULK_FACILITIES_FROM) {
      for (const [kind, n] of Object.entries(seedCore(store, { organisations: BULK_FACILITIES }, now))) report[kind] = (report[kind] ?? 0) + n;
    }
    const bulk = seedBulk(store, wanted - existing, now, progress);
    report.threads = (report.threads ?? 0) + bulk.threads;
    report.messages = (report.messages ?? 0) + bulk.messages;
  }
  return report;
}

const BULK_FACILITIES = 500;
const BULK_FACILITIES_FROM = 5_000;
const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/** The attachments folder of the home this store lives in (the store is `<home>/eloket.db`). */
const attachmentsDir = (store: Store) => join(dirname(store.raw.name), 'attachments');

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

function file(name: string, data: Buffer): PreparedAttachment {
  return { name, size: data.length, sha256: sha256(data), data };
}

/** A small PDF with one line of text: enough for every PDF reader to open. */
function pdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

interface DemoMessage {
  ago: number;
  from: string;
  body: string;
  attach?: PreparedAttachment[];
}

interface DemoThread {
  hco: string;
  theme: 'erkenningen' | 'ecalcura';
  title: string;
  state: 'new' | 'in_progress' | 'answered' | 'closed';
  assignee?: string;
  messages: DemoMessage[];
  /** Users who opened everything that came in for them; with `lastUnread` all but the last. */
  readBy?: string[];
  lastUnread?: boolean;
  /** People added to hear of this thread only: [first, last, email]. */
  extraRecipients?: [string, string, string][];
}

/** Senders who are no demo user (the other demo facilities' staff). */
const OTHER_SENDERS: Record<string, { name: string; kind: 'facility' }> = {
  'mieke.dewulf': { name: 'Mieke Dewulf', kind: 'facility' },
};

function senderOf(id: string): { name: string; department: boolean } {
  const user = DEMO_USERS.find((u) => u.id === id);
  if (user) return { name: user.name, department: user.kind === 'department' };
  return { name: OTHER_SENDERS[id]?.name ?? id, department: false };
}

function demoThreads(): DemoThread[] {
  return [
    {
      hco: WZC1,
      theme: 'erkenningen',
      title: 'Inspectieverslag woonzorgcentrum De Linde',
      state: 'answered',
      readBy: ['wzc-admin', 'handler-erkenningen'],
      lastUnread: true,
      messages: [
        {
          ago: 21 * DAY,
          from: 'handler-erkenningen',
          body: 'Beste,\n\nIn bijlage vindt u het verslag van de inspectie van vorige maand. Wij vragen u binnen de 30 dagen een actieplan te bezorgen voor de punten onder "Werkpunten".\n\nMet vriendelijke groeten,\nBart Jacobs\nTeam Erkenningen',
          attach: [file('inspectieverslag-de-linde.pdf', pdf('Inspectieverslag Woonzorgcentrum De Linde'))],
        },
        {
          ago: 18 * DAY,
          from: 'wzc-admin',
          body: 'Beste heer Jacobs,\n\nDank voor het verslag. In bijlage ons actieplan: de werkpunten rond medicatiebeheer zijn intussen opgenomen in de procedures.\n\nEls Vermeulen',
          attach: [file('actieplan-medicatiebeheer.pdf', pdf('Actieplan medicatiebeheer De Linde'))],
        },
        {
          ago: 15 * DAY,
          from: 'handler-erkenningen',
          body: 'Beste mevrouw Vermeulen,\n\nHet actieplan is goedgekeurd. Wij plannen een opvolgbezoek in het najaar en laten u de datum tijdig weten.\n\nBart Jacobs',
        },
      ],
    },
    {
      hco: WZC1,
      theme: 'erkenningen',
      title: 'Vraag over bijkomende woongelegenheden kortverblijf',
      state: 'new',
      readBy: [],
      messages: [
        {
          ago: 5 * DAY,
          from: 'wzc-admin',
          body: 'Beste,\n\nWij willen vier woongelegenheden omzetten naar kortverblijf. Moeten we daarvoor een nieuwe erkenning aanvragen, of volstaat een melding?\n\nEls Vermeulen\nWoonzorgcentrum De Linde',
        },
      ],
    },
    {
      hco: WZC1,
      theme: 'ecalcura',
      title: 'Berekening eindeloopbaan 2023-2024 staat klaar',
      state: 'answered',
      messages: [
        {
          ago: 3 * DAY,
          from: 'handler-ecalcura',
          body: 'Beste,\n\nDe berekening van de tegemoetkoming eindeloopbaan voor de referentieperiode 2023-2024 staat klaar in eCalcura. Kijk de gegevens van uw gerechtigden en vervangers na en meld afwijkingen vóór 15 december.\n\nMet vriendelijke groeten,\nKaren Willems\nTeam eCalcura',
        },
      ],
    },
    {
      hco: WZC1,
      theme: 'erkenningen',
      title: 'Nieuwe richtlijn infectiepreventie',
      state: 'answered',
      messages: [
        {
          ago: 1 * DAY,
          from: 'handler-erkenningen',
          body: 'Beste,\n\nIn bijlage de geactualiseerde richtlijn infectiepreventie voor woonzorgcentra. Ze geldt vanaf de eerste dag van volgende maand.\n\nTeam Erkenningen',
          attach: [file('richtlijn-infectiepreventie.pdf', pdf('Richtlijn infectiepreventie woonzorgcentra'))],
        },
      ],
    },
    {
      hco: IBW2,
      theme: 'ecalcura',
      title: 'Prestaties vervanger 2024Q1',
      state: 'new',
      assignee: 'handler-ecalcura',
      readBy: ['ibw-admin', 'handler-ecalcura'],
      lastUnread: true,
      extraRecipients: [['Jef', 'Verstraeten', 'jef.verstraeten@debrug.example.be']],
      messages: [
        {
          ago: 10 * DAY,
          from: 'ibw-admin',
          body: 'Beste,\n\nIn bijlage de prestaties van onze vervanger voor het eerste trimester van 2024. Klopt het dat we die per trimester apart ingeven?\n\nAn Claes',
          attach: [file('prestaties-2024Q1.csv', Buffer.from('insz;kwartaal;uren\n85.07.30-033.28;2024Q1;96\n', 'utf8'))],
        },
        {
          ago: 8 * DAY,
          from: 'handler-ecalcura',
          body: 'Beste mevrouw Claes,\n\nJa: prestaties geeft u per trimester in, enkel voor premiekiezers en vervangers. Uw bestand is in orde.\n\nKaren Willems',
        },
        {
          ago: 7 * DAY,
          from: 'ibw-admin',
          body: 'Dank u. Moeten we de uren van het tweede trimester nu al ingeven, of pas na afloop van het trimester?\n\nAn Claes',
        },
      ],
    },
    {
      hco: IBW2,
      theme: 'erkenningen',
      title: 'Erkenningsbesluit initiatief beschut wonen De Brug',
      state: 'closed',
      readBy: ['ibw-admin'],
      messages: [
        {
          ago: 30 * DAY,
          from: 'handler-erkenningen',
          body: 'Beste,\n\nIn bijlage het erkenningsbesluit voor uw initiatief beschut wonen. De erkenning geldt voor onbepaalde duur.\n\nTeam Erkenningen',
          attach: [file('erkenningsbesluit-de-brug.pdf', pdf('Erkenningsbesluit IBW De Brug'))],
        },
      ],
    },
    {
      hco: IBW2,
      theme: 'ecalcura',
      title: 'Toegang eCalcura voor nieuwe medewerker',
      state: 'new',
      messages: [
        {
          ago: 2 * DAY,
          from: 'ibw-admin',
          body: 'Beste,\n\nOnze nieuwe personeelsverantwoordelijke moet contracten kunnen ingeven in eCalcura. Welke rol heeft zij daarvoor nodig in het eHealth-toegangsbeheer?\n\nAn Claes',
        },
      ],
    },
    {
      hco: '710000303',
      theme: 'erkenningen',
      title: 'Aanvraag uitbreiding dagverzorging',
      state: 'in_progress',
      assignee: 'handler-erkenningen',
      readBy: ['handler-erkenningen'],
      messages: [
        {
          ago: 12 * DAY,
          from: 'mieke.dewulf',
          body: 'Beste,\n\nIn bijlage ons dossier voor de uitbreiding van het centrum voor dagverzorging met acht plaatsen.\n\nMieke Dewulf\nDagverzorgingscentrum Zonnebloem',
          attach: [file('dossier-uitbreiding.pdf', pdf('Dossier uitbreiding dagverzorging Zonnebloem'))],
        },
      ],
    },
    {
      hco: '710000404',
      theme: 'ecalcura',
      title: 'Herinnering: prestaties 2024Q2 invullen',
      state: 'answered',
      messages: [
        {
          ago: 4 * DAY,
          from: 'handler-ecalcura',
          body: 'Beste,\n\nDe prestaties van het tweede trimester van 2024 ontbreken nog voor uw vervangers. Vul ze in voor het einde van de maand.\n\nTeam eCalcura',
        },
      ],
    },
  ];
}

function seedDemoThreads(store: Store, now: Date): SeedReport {
  const raw = store.raw;
  const threads = demoThreads();
  const files = threads.flatMap((t) => t.messages.flatMap((m) => m.attach ?? []));
  let messages = 0;
  const undo = storeBlobs(attachmentsDir(store), files);
  try {
    raw.transaction(() => {
      const insertThread = raw.prepare(
        'INSERT INTO threads (reference, hco, theme, title, state, assignee, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const insertMessage = raw.prepare(
        `INSERT INTO messages (thread_id, hco, theme, reference, from_department, title, body, sender, sender_name, sent_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const insertAttachment = raw.prepare('INSERT INTO attachments (message_id, name, size, sha256) VALUES (?, ?, ?, ?)');
      const markRead = raw.prepare('INSERT OR IGNORE INTO message_reads (user_id, message_id, read_at) VALUES (?, ?, ?)');
      const insertContact = raw.prepare(
        `INSERT INTO contacts (hco, first_name, last_name, email, phone, standard, confirmed_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, NULL, 0, NULL, ?, ?)`,
      );
      const addRecipient = raw.prepare('INSERT INTO thread_recipients (thread_id, contact_id, excluded, created_at) VALUES (?, ?, 0, ?)');
      const taken = raw.prepare('SELECT 1 FROM threads WHERE reference = ?');
      let counter = 0;
      for (const t of threads) {
        const first = new Date(now.getTime() - t.messages[0]!.ago);
        const last = new Date(now.getTime() - t.messages[t.messages.length - 1]!.ago);
        let reference: string;
        do reference = scrambledReference(brusselsYear(first), 900_000 + counter++);
        while (taken.get(reference));
        const threadId = insertThread.run(reference, t.hco, t.theme, t.title, t.state, t.assignee ?? null, first.toISOString(), last.toISOString()).lastInsertRowid;
        const ids: { id: number | bigint; department: boolean }[] = [];
        for (const m of t.messages) {
          const sender = senderOf(m.from);
          const at = new Date(now.getTime() - m.ago).toISOString();
          const id = insertMessage.run(threadId, t.hco, t.theme, reference, sender.department ? 1 : 0, t.title, m.body, m.from, sender.name, at).lastInsertRowid;
          for (const a of m.attach ?? []) insertAttachment.run(id, a.name, a.size, a.sha256);
          ids.push({ id, department: sender.department });
          messages++;
        }
        for (const reader of t.readBy ?? []) {
          const readerIsDepartment = senderOf(reader).department;
          const incoming = ids.filter((m) => m.department !== readerIsDepartment);
          for (const m of t.lastUnread ? incoming.filter((x) => x !== ids[ids.length - 1]) : incoming) markRead.run(reader, m.id, last.toISOString());
        }
        for (const [firstName, lastName, email] of t.extraRecipients ?? []) {
          const contactId = insertContact.run(t.hco, firstName, lastName, email, first.toISOString(), first.toISOString()).lastInsertRowid;
          addRecipient.run(threadId, contactId, first.toISOString());
        }
      }
    }).immediate();
  } catch (error) {
    undo();
    throw error;
  }
  return { threads: threads.length, messages };
}

function seedDemoQuestions(store: Store, now: Date): number {
  const raw = store.raw;
  const questions: {
    asker: string;
    hco: string | null;
    email: string;
    question: string;
    status: 'open' | 'assigned' | 'answered' | 'closed';
    team?: string;
    assignee?: string;
    ago: number;
    reply?: string;
  }[] = [
    {
      asker: 'wzc-staff',
      hco: WZC1,
      email: 'pieter.desmet@delinde.example.be',
      question: "Bij het aanmelden via eHealth krijg ik de fout 'geen mandaat voor deze toepassing'. Wat moet ik doen?",
      status: 'open',
      ago: 1 * DAY,
    },
    {
      asker: 'ibw-admin',
      hco: IBW2,
      email: 'an.claes@debrug.example.be',
      question: 'Mijn taken toont nog een taak voor eCalcura, terwijl onze contactpersoon bevestigd is.',
      status: 'assigned',
      assignee: 'helpdesk',
      ago: 3 * DAY,
    },
    {
      asker: 'wzc-admin',
      hco: WZC1,
      email: 'els.vermeulen@delinde.example.be',
      question: 'Hoe koppel ik een tweede HCO-nummer aan mijn account?',
      status: 'answered',
      assignee: 'helpdesk',
      ago: 6 * DAY,
      reply: 'Een tweede HCO-nummer koppelt de toegangsbeheerder van uw voorziening in het eHealth-toegangsbeheer. Daarna ziet u het in het e-loket na opnieuw aanmelden.',
    },
    {
      asker: 'ibw-admin',
      hco: IBW2,
      email: 'an.claes@debrug.example.be',
      question: 'Een bijlage in xlsx opladen lukt niet: de knop blijft grijs.',
      status: 'closed',
      assignee: 'helpdesk',
      ago: 20 * DAY,
      reply: 'Dat was een storing van 2 tot 4 uur die nacht; opladen werkt opnieuw. Excuses voor het ongemak.',
    },
    {
      asker: 'wzc-admin',
      hco: WZC1,
      email: 'els.vermeulen@delinde.example.be',
      question: 'De export van eCalcura naar Excel geeft lege kolommen voor de vervangers.',
      status: 'assigned',
      team: 'ecalcura',
      assignee: 'ecalcura',
      ago: 2 * DAY,
    },
  ];
  raw.transaction(() => {
    const insert = raw.prepare(
      `INSERT INTO helpdesk_questions (asker, asker_name, hco, email, question, status, team, assignee, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const reply = raw.prepare('INSERT INTO helpdesk_replies (question_id, author, body, sent_at, mail_id) VALUES (?, ?, ?, ?, NULL)');
    for (const q of questions) {
      const at = new Date(now.getTime() - q.ago).toISOString();
      const answered = new Date(now.getTime() - q.ago + 5 * HOUR).toISOString();
      const id = insert.run(q.asker, senderOf(q.asker).name, q.hco, q.email, q.question, q.status, q.team ?? 'helpdesk', q.assignee ?? null, at, q.reply ? answered : at).lastInsertRowid;
      if (q.reply) reply.run(id, senderOf('helpdesk').name, q.reply, answered);
    }
  }).immediate();
  return questions.length;
}

// ---- the generated world for benchmarks ----

/** A small, seeded generator: the same world every time, without Math.random. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLES: Record<string, string[]> = {
  erkenningen: [
    'Aanvraag erkenning bijkomende woongelegenheden',
    'Inspectieverslag {year}',
    'Wijziging erkenning kortverblijf',
    'Vraag over programmatie in de regio {place}',
    'Uitbreiding dagverzorging',
    'Melding wijziging directie',
    'Brandveiligheidsattest {year}',
    'Jaarverslag kwaliteitszorg {year}',
    'Vraag over infectiepreventie',
    'Opvolgbezoek zorginspectie',
  ],
  ecalcura: [
    'Berekening eindeloopbaan {period}',
    'Vraag over prestaties {quarter}',
    'Contract vervanger',
    'Premie of vrijstelling voor een gerechtigde',
    'Overzicht gerechtigden {period}',
    'Gelijkgestelde functie aanvaard?',
    'Correctie tewerkstellingsbreuk',
    'Migratie uit RaaS',
    'Vraag over visum in eCad',
    'Indienen periode {period}',
  ],
};

const SENTENCES: Record<string, string[]> = {
  erkenningen: [
    'Wij willen de capaciteit van ons woonzorgcentrum uitbreiden.',
    'In bijlage vindt u het verslag van het inspectiebezoek.',
    'Het actieplan volgt binnen de gevraagde termijn.',
    'Kan u bevestigen dat de erkenning ook het kortverblijf omvat?',
    'De programmatie voor deze regio is volgens onze gegevens nog niet bereikt.',
    'De nieuwe directeur is in dienst sinds de eerste van de maand.',
    'Het brandveiligheidsattest werd door de brandweer verlengd.',
    'De werkpunten rond medicatiebeheer zijn opgenomen in de procedures.',
    'Wij plannen een opvolgbezoek in het najaar.',
    'Het jaarverslag kwaliteitszorg staat klaar in het e-loket.',
  ],
  ecalcura: [
    'De berekening van de tegemoetkoming eindeloopbaan staat klaar.',
    'Wij hebben de prestaties van het trimester ingevuld.',
    'Onze vervanger werkt halftijds sinds het begin van het jaar.',
    'De gerechtigde kiest voor een premie in plaats van vrijstelling.',
    'Het contract van de vervanger loopt af op het einde van het kwartaal.',
    'Is een logistiek medewerker een gelijkgestelde functie?',
    'De tewerkstellingsbreuk in RaaS was niet correct overgenomen.',
    'Volgens eCad heeft de zorgkundige nog geen visum.',
    'Wij dienen de gegevens van de referentieperiode in voor de deadline.',
    'Kan u nagaan waarom de uren van de vervanger ontbreken?',
  ],
};
const OPENINGS = ['Beste,', 'Geachte,', 'Dag collega,', 'Beste dossierbehandelaar,'];
const CLOSINGS = ['Met vriendelijke groeten', 'Alvast bedankt', 'Groeten', 'Met dank voor uw antwoord'];
const PLACES = ['Antwerpen', 'Gent', 'Leuven', 'Brugge', 'Hasselt', 'Kortrijk', 'Aalst', 'Mechelen'];

function seedBulk(store: Store, count: number, now: Date, progress: Context['progress']): { threads: number; messages: number } {
  const raw = store.raw;
  const random = mulberry32(count + (raw.prepare('SELECT count(*) AS n FROM threads').get() as { n: number }).n);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const organisations = (raw.prepare('SELECT hco, name FROM organisations ORDER BY hco').all() as { hco: string; name: string }[]);
  const themes = (raw.prepare('SELECT code, team FROM themes ORDER BY code').all() as { code: string; team: string }[]);
  const handlers = new Map(
    themes.map((t) => [
      t.code,
      (raw.prepare("SELECT id, name, teams FROM users WHERE kind = 'department' ORDER BY id").all() as { id: string; name: string; teams: string }[]).filter((u) =>
        (JSON.parse(u.teams) as string[]).includes(t.team),
      ),
    ]),
  );
  const insertThread = raw.prepare('INSERT INTO threads (reference, hco, theme, title, state, assignee, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertMessage = raw.prepare(
    `INSERT INTO messages (thread_id, hco, theme, reference, from_department, title, body, sender, sender_name, sent_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const taken = raw.prepare('SELECT 1 FROM threads WHERE reference = ?');
  let counter = (raw.prepare('SELECT count(*) AS n FROM threads').get() as { n: number }).n;
  let messages = 0;
  let threads = 0;
  const task = 'berichten';
  raw.transaction(() => {
    while (messages < count) {
      const org = organisations[counter % organisations.length]!;
      const theme = themes[Math.floor(counter / organisations.length) % themes.length]!;
      const size = Math.min(count - messages, 1 + Math.floor(random() * random() * 4));
      const start = now.getTime() - Math.floor(random() * 730 * DAY);
      const year = new Date(start).getUTCFullYear();
      const period = `${year - 1}-${year}`;
      const title = pick(TITLES[theme.code]!)
        .replace('{year}', String(year))
        .replace('{place}', pick(PLACES))
        .replace('{period}', period)
        .replace('{quarter}', `${year}Q${1 + Math.floor(random() * 4)}`);
      let reference: string;
      do reference = scrambledReference(year, counter++);
      while (taken.get(reference));
      let fromDepartment = random() < 0.4;
      const handler = pick(handlers.get(theme.code) ?? []) as { id: string; name: string } | undefined;
      const staff = { id: `staff-${org.hco}`, name: `Medewerker ${org.name}` };
      let at = start;
      const dates: number[] = [];
      for (let i = 0; i < size; i++) {
        dates.push(Math.min(at, now.getTime() - 1000));
        at += Math.floor((0.5 + random() * 6) * DAY);
      }
      const lastFromDepartment = size % 2 === 1 ? fromDepartment : !fromDepartment;
      const roll = random();
      const state = roll < 0.15 ? 'closed' : roll < 0.35 && handler ? 'in_progress' : lastFromDepartment ? 'answered' : 'new';
      const assignee = state === 'in_progress' || (state === 'closed' && handler) ? (handler?.id ?? null) : null;
      const threadId = insertThread.run(reference, org.hco, theme.code, title, state, assignee, new Date(dates[0]!).toISOString(), new Date(dates[dates.length - 1]!).toISOString()).lastInsertRowid;
      for (const sentAt of dates) {
        const sentences = SENTENCES[theme.code]!;
        const body = `${pick(OPENINGS)}\n\n${pick(sentences)} ${pick(sentences)} ${pick(sentences)}\n\n${pick(CLOSINGS)},\n${fromDepartment ? (handler?.name ?? 'Departement Zorg') : staff.name}`;
        const sender = fromDepartment ? (handler ?? { id: 'departement', name: 'Departement Zorg' }) : staff;
        insertMessage.run(threadId, org.hco, theme.code, reference, fromDepartment ? 1 : 0, title, body, sender.id, sender.name, new Date(sentAt).toISOString());
        fromDepartment = !fromDepartment;
        messages++;
        if (messages % 5000 === 0) progress({ task, done: messages, total: count });
      }
      threads++;
    }
  }).immediate();
  // Fresh statistics after a bulk load, so the planner knows a facility or a reference is
  // narrower than a theme (without them it prefers the index that also orders).
  raw.exec('ANALYZE');
  progress({ task, done: messages, total: count });
  return { threads, messages };
}
