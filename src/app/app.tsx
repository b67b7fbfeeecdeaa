import { Router } from '@solidjs/router';
import { routes } from './routes';
import { Shell } from './Shell';

export function App() {
  return <Router root={Shell}>{routes}</Router>;
}
