import { MemoryRouter, Route } from '@solidjs/router';
import { fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadScreenMessages } from '../i18n';
import { ReceiptCodeEntry } from './ReceiptCodeEntry';

class FakeDetector {
  async detect() {
    return [];
  }
}

function fakeStream() {
  const track = { stop: vi.fn() };
  return { track, stream: { getTracks: () => [track] } as unknown as MediaStream };
}

/** getUserMedia that answers only when the test says so, like a permission prompt. */
function promptingCamera() {
  const answers: ((stream: MediaStream) => void)[] = [];
  const getUserMedia = vi.fn(() => new Promise<MediaStream>((resolve) => answers.push(resolve)));
  vi.stubGlobal('BarcodeDetector', FakeDetector);
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  return { getUserMedia, answer: (prompt: number, stream: MediaStream) => answers[prompt]?.(stream) };
}

beforeAll(loadScreenMessages);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'mediaDevices');
});

function renderEntry() {
  return render(() => (
    <MemoryRouter>
      <Route path="*" component={ReceiptCodeEntry} />
    </MemoryRouter>
  ));
}

describe('ReceiptCodeEntry camera', () => {
  it('stops the camera when the stream arrives after the screen went away during the permission prompt', async () => {
    const camera = promptingCamera();
    const { unmount } = renderEntry();
    fireEvent.click(await screen.findByRole('button', { name: 'Scan the QR code' }));
    expect(camera.getUserMedia).toHaveBeenCalledOnce();
    unmount();
    const { track, stream } = fakeStream();
    camera.answer(0, stream);
    await vi.waitFor(() => expect(track.stop).toHaveBeenCalled());
  });

  it('keeps only the latest stream when scanning is asked twice during the prompt, and stops it on leaving', async () => {
    const camera = promptingCamera();
    const { unmount } = renderEntry();
    const button = await screen.findByRole('button', { name: 'Scan the QR code' });
    fireEvent.click(button);
    fireEvent.click(button);
    const first = fakeStream();
    const second = fakeStream();
    camera.answer(0, first.stream);
    await vi.waitFor(() => expect(first.track.stop).toHaveBeenCalled());
    camera.answer(1, second.stream);
    expect(await screen.findByRole('button', { name: 'Stop scanning' })).toBeTruthy();
    expect(second.track.stop).not.toHaveBeenCalled();
    unmount();
    expect(second.track.stop).toHaveBeenCalled();
  });
});
