import { pageLink } from './pages';
import { safeReturnUrl } from '../session/session-guards';

describe('pageLink', () => {
  it('builds absolute links and fills parameters', () => {
    expect(pageLink('home')).toBe('/');
    expect(pageLink('consultation', 'misja-krakowa')).toBe('/k/misja-krakowa');
    expect(pageLink('adminEdit', 'a b')).toBe('/admin/consultations/a%20b');
  });
});

describe('safeReturnUrl', () => {
  it('keeps in-app paths and rejects other origins', () => {
    expect(safeReturnUrl('/account')).toBe('/account');
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
  });
});
