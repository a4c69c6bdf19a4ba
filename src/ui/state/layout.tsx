import { createContext, useContext, type ReactNode } from 'react';

/** The terminal and the part of it the main pane may use (the shell takes the rest). */
export interface Layout {
  columns: number;
  rows: number;
  main: { width: number; height: number };
}

const LayoutContext = createContext<Layout | null>(null);

export function LayoutProvider({ value, children }: { value: Layout; children: ReactNode }) {
  return <LayoutContext.Provider value={value}>{children}</LayoutContext.Provider>;
}

export function useLayout(): Layout {
  const value = useContext(LayoutContext);
  if (!value) throw new Error('useLayout must be used inside <LayoutProvider>');
  return value;
}
