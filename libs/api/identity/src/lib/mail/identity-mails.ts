import { Locale } from '@consulta/shared/contracts';

export interface IdentityMail {
  subject: string;
  text: string;
}

/** Verification mail: sent after registration and on request. */
export function verificationMail(locale: Locale, displayName: string, link: string): IdentityMail {
  switch (locale) {
    case 'en':
      return {
        subject: 'Consulta: confirm your e-mail address',
        text: [
          `Hello ${displayName},`,
          '',
          'Thank you for creating an account on Consulta, the public consultation platform. To confirm that this e-mail address belongs to you, open the link below:',
          '',
          link,
          '',
          'The link works for 48 hours and only once. If you did not create an account, you can ignore this message: nothing happens without confirmation.',
          '',
          'The Consulta team',
        ].join('\n'),
      };
    case 'pl':
      return {
        subject: 'Consulta: potwierdź swój adres e-mail',
        text: [
          `Dzień dobry, ${displayName}!`,
          '',
          'Dziękujemy za założenie konta w serwisie konsultacji społecznych Consulta. Aby potwierdzić, że ten adres e-mail należy do Ciebie, otwórz poniższy link:',
          '',
          link,
          '',
          'Link jest ważny przez 48 godzin i można go użyć tylko raz. Jeśli nikt nie zakładał konta z użyciem tego adresu, zignoruj tę wiadomość: bez potwierdzenia nic się nie stanie.',
          '',
          'Zespół Consulta',
        ].join('\n'),
      };
  }
}

/** Password reset mail: sent when someone asks for a new password for this address. */
export function passwordResetMail(locale: Locale, displayName: string, link: string): IdentityMail {
  switch (locale) {
    case 'en':
      return {
        subject: 'Consulta: set a new password',
        text: [
          `Hello ${displayName},`,
          '',
          'We received a request to set a new password for your Consulta account. To choose a new password, open the link below:',
          '',
          link,
          '',
          'The link works for one hour and only once. Setting a new password signs you out on every device.',
          'If you did not ask for this, ignore this message: your current password stays as it is.',
          '',
          'The Consulta team',
        ].join('\n'),
      };
    case 'pl':
      return {
        subject: 'Consulta: ustaw nowe hasło',
        text: [
          `Dzień dobry, ${displayName}!`,
          '',
          'Otrzymaliśmy prośbę o ustawienie nowego hasła do Twojego konta w serwisie Consulta. Aby wybrać nowe hasło, otwórz poniższy link:',
          '',
          link,
          '',
          'Link jest ważny przez godzinę i można go użyć tylko raz. Ustawienie nowego hasła kończy wszystkie dotychczasowe sesje na wszystkich urządzeniach.',
          'Jeśli to nie Ty prosisz o zmianę hasła, zignoruj tę wiadomość: Twoje obecne hasło pozostaje bez zmian.',
          '',
          'Zespół Consulta',
        ].join('\n'),
      };
  }
}
