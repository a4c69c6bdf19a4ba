import { useEffect, useRef, useState } from 'react';
import type { Suggestion } from '../../assistant/triage/suggest.js';
import { useEnvironment } from '../state/environment.js';

/**
 * The triage module, loaded on the first suggestion only: the ranking library (MiniSearch) and
 * the knowledge base cost the TUI's first frame nothing, as they cost other commands nothing.
 */
const loadTriage = () => import('../../assistant/triage/suggest.js');

/**
 * The assistant's suggestion for `target` (a helpdesk question's number or a thread's
 * reference), while it is not null; `version` says when the case changed (an answer went out),
 * so an older suggestion is not shown again. It only reads: nothing is sent, assigned or marked
 * read. A failure goes to `onError` (the status line's readable line).
 */
export function useSuggestion(target: string | null, version: string, onError: (error: unknown) => void): Suggestion | undefined {
  const { api, lang, env } = useEnvironment();
  const key = target === null ? null : `${target} ${version}`;
  const [result, setResult] = useState<{ key: string; suggestion: Suggestion } | null>(null);
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  const have = result?.key;
  useEffect(() => {
    if (key === null || target === null || have === key) return;
    let live = true;
    loadTriage()
      .then(({ suggest, userKnowledgeDir }) => suggest(api, target, { lang, knowledgeDir: userKnowledgeDir(env ?? process.env) }))
      .then(
        (suggestion) => live && setResult({ key, suggestion }),
        (error: unknown) => live && onErrorRef.current(error),
      );
    return () => {
      live = false;
    };
  }, [api, lang, env, key, target, have]);
  return result && result.key === key ? result.suggestion : undefined;
}
