import { fileURLToPath } from 'node:url';
import { describeExportDocs } from '../../../tools/exportDocs.js';

describeExportDocs(fileURLToPath(new URL('..', import.meta.url)));
