import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useInput, type Key } from 'ink';
import { useUIState } from '../state/ui-context.js';
import { splitKeys, typedAhead, type KeyEvent } from './chunks.js';

/** A key handler says whether it used the key; an unused key goes on to the next layer. */
export type KeyHandler = (input: string, key: Key) => boolean;

/**
 * Who hears a key first: a modal (help, a confirmation) before a text field, a field before its
 * pane, a pane before its screen, the screen before the global keys. Only one `useInput` reads
 * stdin; it offers each key down this order until someone uses it.
 */
export const LAYERS = { modal: 40, field: 30, pane: 20, screen: 10, global: 0 } as const;
export type Layer = keyof typeof LAYERS;

interface Registration {
  seq: number;
  priority: number;
  handler: { current: KeyHandler };
  active: { current: boolean };
}

interface Registry {
  add(r: Registration): () => void;
  nextSeq(): number;
}

const KeyboardContext = createContext<Registry | null>(null);

export function KeyboardProvider({ children, onInterrupt }: { children: ReactNode; onInterrupt: () => void }) {
  const registrations = useRef<Registration[]>([]);
  const seq = useRef(0);
  const registry = useMemo<Registry>(
    () => ({
      add(r) {
        registrations.current = [...registrations.current, r].sort((a, b) => b.priority - a.priority || b.seq - a.seq);
        return () => {
          registrations.current = registrations.current.filter((x) => x !== r);
        };
      },
      nextSeq: () => ++seq.current,
    }),
    [],
  );
  const queue = useRef<KeyEvent[]>([]);
  const settling = useRef(false);
  const dispatch = useCallback(
    (input: string, key: Key) => {
      const offer = (event: KeyEvent): boolean => {
        // Ctrl+C leaves from anywhere, whatever has focus.
        if (event.key.ctrl && event.input === 'c') {
          onInterrupt();
          return true;
        }
        for (const r of registrations.current) {
          if (r.active.current && r.handler.current(event.input, event.key)) return true;
        }
        return false;
      };
      // Keys that come faster than React draws (several in one read, a held key, a script) wait
      // their turn: each is offered only after React drew what the one before it did — an
      // Enter that opens a form, then the text for that form. React draws in a task of its own
      // scheduler (setImmediate), which runs before the timer set here.
      const next = () => {
        const event = queue.current.shift();
        if (!event) {
          settling.current = false;
          return;
        }
        settling.current = true;
        if (!offer(event)) queue.current.unshift(...(typedAhead(event) ?? []));
        setTimeout(next, 0);
      };
      queue.current.push(...splitKeys(input, key));
      if (!settling.current) next();
    },
    [onInterrupt],
  );
  // One stable listener: Ink re-subscribes whenever the handler changes.
  useInput(dispatch);
  return <KeyboardContext.Provider value={registry}>{children}</KeyboardContext.Provider>;
}

/**
 * Listens to keys at a layer while `active`. Handlers of the main pane hear nothing while the
 * prompt has focus, and the prompt nothing while the main pane has it (`zone`).
 */
export function useKeys(handler: KeyHandler, opts: { layer?: Layer; active?: boolean; zone?: 'main' | 'prompt' | 'any' } = {}): void {
  const registry = useContext(KeyboardContext);
  if (!registry) throw new Error('useKeys must be used inside <KeyboardProvider>');
  const { focus } = useUIState();
  const layer = opts.layer ?? 'screen';
  const zone = opts.zone ?? (layer === 'global' || layer === 'modal' ? 'any' : 'main');
  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  const activeRef = useRef(false);
  activeRef.current = (opts.active ?? true) && (zone === 'any' || zone === focus);
  // A layout effect: a key typed right after the one that opened a form reaches the form.
  useLayoutEffect(() => registry.add({ seq: registry.nextSeq(), priority: LAYERS[layer], handler: handlerRef, active: activeRef }), [registry, layer]);
}
