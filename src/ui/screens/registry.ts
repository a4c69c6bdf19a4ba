import type { ComponentType } from 'react';
import type { MessageKey } from '../../api/i18n/index.js';
import type { KeyCommand } from '../keys.js';
import type { ScreenId, Session } from '../state/ui-reducer.js';
import { HomeScreen } from './home/home-screen.js';
import { BerichtenScreen } from './berichten/berichten-screen.js';
import { ContactenScreen } from './contacten/contacten-screen.js';
import { TakenScreen } from './taken/taken-screen.js';
import { EcalcuraScreen } from './ecalcura/ecalcura-screen.js';
import { HelpdeskScreen } from './helpdesk/helpdesk-screen.js';
import { MailScreen } from './mail/mail-screen.js';

export interface ScreenSpec {
  id: Exclude<ScreenId, 'login'>;
  nav: KeyCommand;
  label: MessageKey;
  Component: ComponentType;
  /** Whether this user sees the screen at all. */
  visible(session: Session, ctx: { embedded: boolean; hco: string | undefined }): boolean;
}

const facilityData = (s: Session, ctx: { hco: string | undefined }) => s.status.kind === 'facility' || Boolean(ctx.hco);

export const SCREENS: readonly ScreenSpec[] = [
  { id: 'home', nav: 'goHome', label: 'ui.nav.home', Component: HomeScreen, visible: () => true },
  { id: 'berichten', nav: 'goBerichten', label: 'ui.nav.berichten', Component: BerichtenScreen, visible: () => true },
  { id: 'contacten', nav: 'goContacten', label: 'ui.nav.contacten', Component: ContactenScreen, visible: facilityData },
  { id: 'taken', nav: 'goTaken', label: 'ui.nav.taken', Component: TakenScreen, visible: facilityData },
  { id: 'ecalcura', nav: 'goEcalcura', label: 'ui.nav.ecalcura', Component: EcalcuraScreen, visible: facilityData },
  { id: 'helpdesk', nav: 'goHelpdesk', label: 'ui.nav.helpdesk', Component: HelpdeskScreen, visible: (s) => s.status.kind === 'department' },
  { id: 'mail', nav: 'goMail', label: 'ui.nav.mail', Component: MailScreen, visible: (_s, ctx) => ctx.embedded },
];

export function availableScreens(session: Session | null | undefined, ctx: { embedded: boolean; hco: string | undefined }): ScreenSpec[] {
  if (!session) return [];
  return SCREENS.filter((s) => s.visible(session, ctx));
}
