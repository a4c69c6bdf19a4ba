import { useCallback } from 'react';
import { fitLine } from '../format/wrap.js';
import { useEnvironment } from '../state/environment.js';
import { useLayout } from '../state/layout.js';

/**
 * A line that must stay one line, as it is drawn: as given (Ink truncates it), or in `--plain`
 * cut to the terminal's width by hand, since Ink's screen-reader mode wraps instead.
 */
export function useFitLine(): (text: string, indent?: number) => string {
  const { plain } = useEnvironment();
  const { columns } = useLayout();
  return useCallback((text: string, indent = 0) => (plain ? fitLine(text, columns - indent) : text), [plain, columns]);
}
