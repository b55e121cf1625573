import { type Area, menu, screens } from '../../app/area.ts';

export const recordsArea: Area = screens('records.manage', {
  '/records': menu('nav.records', 'records/RetentionPage'),
});
