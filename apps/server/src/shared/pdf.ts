import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

// Roboto ships with pdfmake and has every Polish (and Ukrainian) glyph.
const require = createRequire(import.meta.url);
const fontsDir = dirname(require.resolve('pdfmake/fonts/Roboto.js'));
pdfmake.setFonts(require('pdfmake/fonts/Roboto.js'));
// Documents may read only the bundled fonts from disk, never a path from user data.
pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(fontsDir));
pdfmake.setUrlAccessPolicy(() => false);

/** Renders a pdfmake document definition to a PDF buffer. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf({ defaultStyle: { font: 'Roboto', fontSize: 10 }, ...doc }).getBuffer();
}
