import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { fireEvent, render, screen } from '@solidjs/testing-library';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server, store } from '../../../mocks/node';
import { session } from '../../data/session';
import SignInScreen from './SignInScreen';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderAt(path: string) {
  const history = createMemoryHistory();
  history.set({ value: path });
  return render(() => (
    <MemoryRouter history={history}>
      <Route path="/signin" component={SignInScreen} />
      <Route path="/r/:code" component={() => <h1>Receipt landing</h1>} />
    </MemoryRouter>
  ));
}

describe('SignInScreen', () => {
  it('signs in with the code the demo backend tells, then returns to where the consumer was going', async () => {
    store.reset('empty');
    renderAt('/signin?next=%2Fr%2Fdemo-libreria');
    fireEvent.input(screen.getByRole('textbox', { name: 'Phone number' }), { target: { value: '+34 600 222 333' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send code' }));
    const hint = await screen.findByText(/the code sent is (\d{6})/);
    const code = /(\d{6})/.exec(hint.textContent ?? '')?.[1] ?? '';
    fireEvent.input(screen.getByRole('textbox', { name: 'Code' }), { target: { value: code } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { name: 'Receipt landing' })).toBeTruthy();
    expect(session()?.user.phone).toBe('+34600222333');
  });

  it('says what went wrong with a wrong code, and keeps the form', async () => {
    renderAt('/signin');
    fireEvent.input(screen.getByRole('textbox', { name: 'Phone number' }), { target: { value: '+34600222444' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send code' }));
    await screen.findByText(/the code sent is/);
    fireEvent.input(screen.getByRole('textbox', { name: 'Code' }), { target: { value: '000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/code is not right|code has expired/);
    expect(screen.getByRole('textbox', { name: 'Code' })).toBeTruthy();
  });

  it('explains an invalid phone number', async () => {
    renderAt('/signin');
    fireEvent.input(screen.getByRole('textbox', { name: 'Phone number' }), { target: { value: 'call me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send code' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/does not look like a phone number/);
  });
});
