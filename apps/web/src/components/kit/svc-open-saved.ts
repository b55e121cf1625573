import { useNavigate } from 'react-router-dom';

/**
 * What a list page's new-record form does once it is saved: the record goes into the cache (`put`),
 * then its page `${path}/${id}` opens.
 */
export function useOpenSaved<R extends { id: string }>(path: string, put: (record: R) => void) {
  const navigate = useNavigate();
  return (record: R) => {
    put(record);
    navigate(`${path}/${record.id}`);
  };
}
