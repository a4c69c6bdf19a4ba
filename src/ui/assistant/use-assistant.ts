import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createConversation, type Turn } from '../../assistant/conversation.js';
import { THEME_TERMS } from '../../assistant/entities/vocabulary.js';
import { useEnvironment } from '../state/environment.js';
import { useUIActions, useUIState } from '../state/ui-context.js';
import type { Entry } from './transcript-lines.js';

export interface AssistantModel {
  entries: Entry[];
  busy: boolean;
  /** Values Tab completes: themes, references, contact names seen this session. */
  completions: string[];
  /** Lines scrolled back from the end of the transcript. */
  scroll: number;
  setScroll(update: (n: number) => number): void;
  /** Says a sentence (or slash command) to the assistant. */
  say(line: string): void;
}

/** Values in an api answer worth completing later: references and people's names. */
function valuesIn(result: unknown): string[] {
  const out: string[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 3 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.slice(0, 200).forEach((x) => visit(x, depth + 1));
    const r = v as Record<string, unknown>;
    if (typeof r.reference === 'string') out.push(r.reference);
    if (typeof r.firstName === 'string' && typeof r.lastName === 'string') out.push(`${r.firstName} ${r.lastName}`, r.lastName);
    for (const key of ['items', 'messages']) if (key in r) visit(r[key], depth + 1);
  };
  visit(result, 0);
  return out;
}

/** The assistant of the TUI: one conversation for the session, its transcript and completions. */
export function useAssistant(): AssistantModel {
  const { api, lang, hco } = useEnvironment();
  const { session } = useUIState();
  const actions = useUIActions();
  const department = session?.status.kind === 'department';
  const conversation = useMemo(() => createConversation({ api, lang, ...(hco ? { hco } : {}), department }), [api, lang, hco, department]);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [busy, setBusy] = useState(false);
  const [scroll, setScroll] = useState(0);
  const [seen, setSeen] = useState<string[]>([]);
  const busyRef = useRef(false);

  // What the user will likely name: recent references and the facility's contacts.
  useEffect(() => {
    if (!session) return;
    let live = true;
    const more = (values: string[]) => live && setSeen((old) => [...new Set([...old, ...values])]);
    api.messages.list({ box: 'all', limit: 50, ...(hco ? { hco } : {}) }).then((p) => more(valuesIn(p)), () => {});
    if (!department) api.contacts.list(hco ? { hco } : {}).then((c) => more(valuesIn(c)), () => {});
    return () => {
      live = false;
    };
  }, [api, hco, department, session]);

  const say = useCallback(
    (line: string) => {
      if (busyRef.current || !line.trim()) return;
      busyRef.current = true;
      setBusy(true);
      setScroll(0);
      setEntries((old) => [...old, { who: 'user', text: line }]);
      conversation.say(line).then(
        (turn: Turn) => {
          setEntries((old) => [...old, { who: 'assistant' as const, text: turn.message, turn }].slice(-60));
          setSeen((old) => [...new Set([...old, ...valuesIn(turn.result)])]);
          // A thread opens where threads are read: the conversation view of Berichten.
          if (turn.kind === 'result' && (turn.intent === 'messages.show' || turn.intent === 'messages.reply' || turn.intent === 'messages.send')) {
            const thread = turn.result as { reference?: string; hco?: string };
            if (thread?.reference) actions.go('berichten', { reference: thread.reference, ...(thread.hco ? { hco: thread.hco } : {}) });
          }
        },
        (error: unknown) => setEntries((old) => [...old, { who: 'assistant', text: error instanceof Error ? error.message : String(error) }]),
      ).finally(() => {
        busyRef.current = false;
        setBusy(false);
      });
    },
    [conversation, actions],
  );

  const completions = useMemo(() => [...THEME_TERMS.map((t) => t.value), ...seen], [seen]);
  return { entries, busy, completions, scroll, setScroll, say };
}
