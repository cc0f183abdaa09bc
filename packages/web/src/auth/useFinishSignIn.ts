// After a complete sign-in (password, and the second factor where one is needed): remember the
// user and go back to the page that asked for it, or home.
import type { Me } from '@lian/contract';
import { useNavigate, useSearchParams } from 'react-router';
import { homePathFor, safeNext } from './access';
import { useSetMe } from './session';

export function useFinishSignIn(): (user: Me) => void {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const setMe = useSetMe();
  return (user) => {
    setMe(user);
    const next = safeNext(params.get('next'));
    const home = homePathFor(user);
    void navigate(next && (home === '/workbench') === next.startsWith('/workbench') ? next : home, { replace: true });
  };
}
