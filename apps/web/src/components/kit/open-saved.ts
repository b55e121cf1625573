import { useNavigate } from 'react-router-dom';

/**
 * What a list page's new-record form does once it is saved: the module hears of the record (`saved`
 * caches it or reloads the lists), then its page `${path}/${id}` opens.
 */
export function useOpenSaved<R extends { id: string }>(path: string, saved: (record: R) => void) {
  const navigate = useNavigate();
  return (record: R) => {
    saved(record);
    navigate(`${path}/${record.id}`);
  };
}
