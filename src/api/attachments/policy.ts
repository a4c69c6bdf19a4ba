/**
 * What may be attached: limits and an allow-list of document and image types. Our assumption
 * (the seed names no numbers); kept in one place so a service desk can change it.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;
export const MAX_FILES = 10;

/** How a type's content starts; `null`: plain text, only checked not to be a program. */
type Magic = readonly number[] | null;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Extension → the type's name and how its content must start (so `x.exe` renamed `x.pdf` is refused). */
export const ALLOWED: Record<string, { type: string; magic: Magic | readonly Magic[] }> = {
  pdf: { type: 'PDF', magic: [0x25, 0x50, 0x44, 0x46] },
  docx: { type: 'Word', magic: ZIP },
  doc: { type: 'Word', magic: OLE },
  xlsx: { type: 'Excel', magic: ZIP },
  xls: { type: 'Excel', magic: OLE },
  odt: { type: 'OpenDocument', magic: ZIP },
  ods: { type: 'OpenDocument', magic: ZIP },
  csv: { type: 'CSV', magic: null },
  txt: { type: 'tekst', magic: null },
  png: { type: 'PNG', magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { type: 'JPEG', magic: [0xff, 0xd8, 0xff] },
  jpeg: { type: 'JPEG', magic: [0xff, 0xd8, 0xff] },
};

export const ALLOWED_LIST = Object.keys(ALLOWED).join(', ');

/** Starts of programs and scripts, refused whatever their name says. */
const EXECUTABLE: readonly (readonly number[])[] = [
  [0x4d, 0x5a], // MZ: Windows
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
  [0xce, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
  [0x23, 0x21], // #! script
];

const startsWith = (data: Uint8Array, magic: readonly number[]) => data.length >= magic.length && magic.every((b, i) => data[i] === b);

export const isExecutable = (data: Uint8Array): boolean => EXECUTABLE.some((m) => startsWith(data, m));

/** Whether the content fits the type its extension claims. */
export function contentFits(extension: string, data: Uint8Array): boolean {
  const rule = ALLOWED[extension];
  if (!rule) return false;
  if (rule.magic === null) return true;
  const options = (Array.isArray(rule.magic[0]) ? rule.magic : [rule.magic]) as readonly (readonly number[])[];
  return options.some((m) => startsWith(data, m));
}

/** 2,4 MiB / 512 kB / 12 bytes, for messages people read. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}
