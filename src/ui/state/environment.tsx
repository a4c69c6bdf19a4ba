import { createContext, useContext, type ReactNode } from 'react';
import type { EloketApi } from '../../api/index.js';
import type { Lang } from '../../api/i18n/index.js';
import type { Theme } from '../theme/tokens.js';

/** What stays the same for a whole run: the api, the language, the theme, plain mode. */
export interface Environment {
  api: EloketApi;
  lang: Lang;
  theme: Theme;
  /** `--plain`: no box drawing, no meaning told by colour alone, records as `Field: value`. */
  plain: boolean;
  /** `--hco`: which facility, for users of several. */
  hco: string | undefined;
  /** The environment the api was opened with: where the home (and its `knowledge/`) is. */
  env?: NodeJS.ProcessEnv;
}

const EnvironmentContext = createContext<Environment | null>(null);

export function EnvironmentProvider({ value, children }: { value: Environment; children: ReactNode }) {
  return <EnvironmentContext.Provider value={value}>{children}</EnvironmentContext.Provider>;
}

export function useEnvironment(): Environment {
  const value = useContext(EnvironmentContext);
  if (!value) throw new Error('useEnvironment must be used inside <EnvironmentProvider>');
  return value;
}

export const useTheme = (): Theme => useEnvironment().theme;
