// Counselling's screens still import the old loader from here until they are ported; the
// portal's own screens read through queries.ts (and format their dates with format.ts).
export { useLocalizedApi } from '../../lib/use-localized-api.ts';
