import { useParams } from 'react-router-dom';

/** The `:id` of the record page's address ('' when there is none). */
export const useRouteId = () => useParams().id ?? '';
