import { useSearchParams } from 'react-router';

/**
 * A list page's filters kept in its address (?plan=…&program=…), so a reload or a shared link shows
 * the same list. `setFilters` sets the values given and removes the empty ones (null, ''); it
 * replaces the history entry, so BACK leaves the page rather than undoing one filter at a time.
 */
export function useUrlFilters(): [URLSearchParams, (next: Record<string, string | null>) => void] {
  const [params, setParams] = useSearchParams();
  const setFilters = (next: Record<string, string | null>) => {
    const search = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) {
        search.set(key, value);
      } else {
        search.delete(key);
      }
    }
    setParams(search, { replace: true });
  };
  return [params, setFilters];
}
