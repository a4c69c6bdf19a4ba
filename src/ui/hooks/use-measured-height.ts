import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { measureElement, type DOMElement } from 'ink';

/**
 * The height Ink gave a box that takes what is left of its column (`flexGrow`), for a view that
 * windows its lines to fit: a form below it that grows (an error under a field) then shrinks
 * the window instead of pushing the frame out of shape. `estimate` serves the first frame.
 */
export function useMeasuredHeight(estimate: number): [RefObject<DOMElement | null>, number] {
  const ref = useRef<DOMElement | null>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  // Ink lays the tree out before layout effects run; a change is drawn before the frame is.
  useLayoutEffect(() => {
    if (!ref.current) return;
    const { height } = measureElement(ref.current);
    setMeasured((now) => (now === height ? now : height));
  });
  return [ref, Math.max(1, measured ?? estimate)];
}
