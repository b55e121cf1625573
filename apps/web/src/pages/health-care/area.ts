import { type Area, menu, screens } from '../../app/area.ts';

export const healthCareArea: Area = screens('healthCare.read', {
  '/health-care': menu('nav.healthCare', 'health-care/HealthCarePage'),
});
