import { useEffect, useState } from 'react';

/** A value that settles: what it was `ms` ago, once it has not changed since (e.g. what was typed). */
export function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
