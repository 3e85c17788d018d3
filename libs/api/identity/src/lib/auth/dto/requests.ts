import {
  ChangePasswordRequest,
  DISPLAY_NAME_MAX_LENGTH,
  Locale,
  LOCALES,
  LoginRequest,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
  RegisterRequest,
  UpdateProfileRequest,
  VerifyEmailRequest,
} from '@consulta/shared/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

const EMAIL_MAX_LENGTH = 254;
const TOKEN_MAX_LENGTH = 200;
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

const normaliseEmail = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

/** The e-mail field of every form: trimmed, lower-cased, a real address shape. */
function EmailField(): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ example: 'anna.nowak@example.pl', maxLength: EMAIL_MAX_LENGTH })(target, key);
    Transform(normaliseEmail)(target, key);
    IsEmail({}, { message: 'email must be a valid e-mail address' })(target, key);
    MaxLength(EMAIL_MAX_LENGTH, { message: `email must have at most ${EMAIL_MAX_LENGTH} characters` })(target, key);
  };
}

function DisplayNameField(required: boolean): PropertyDecorator {
  return (target, key) => {
    (required ? ApiProperty : ApiPropertyOptional)({ example: 'Anna Nowak', maxLength: DISPLAY_NAME_MAX_LENGTH })(target, key);
    Transform(trim)(target, key);
    if (!required) IsOptional()(target, key);
    IsString({ message: 'displayName must be text' })(target, key);
    IsNotEmpty({ message: 'displayName must not be empty' })(target, key);
    MaxLength(DISPLAY_NAME_MAX_LENGTH, { message: `displayName must have at most ${DISPLAY_NAME_MAX_LENGTH} characters` })(target, key);
    Matches(NO_CONTROL_CHARACTERS, { message: 'displayName must not contain control characters' })(target, key);
  };
}

/** A password as typed. Strength is judged by the service (PASSWORD_TOO_WEAK), not here. */
function PasswordField(name: string, description: string): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ description, format: 'password', maxLength: PASSWORD_MAX_LENGTH })(target, key);
    IsString({ message: `${name} must be text` })(target, key);
    IsNotEmpty({ message: `${name} must not be empty` })(target, key);
    MaxLength(PASSWORD_MAX_LENGTH, { message: `${name} must have at most ${PASSWORD_MAX_LENGTH} characters` })(target, key);
  };
}

function TokenField(): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ description: 'The token from the e-mailed link.', maxLength: TOKEN_MAX_LENGTH })(target, key);
    IsString({ message: 'token must be text' })(target, key);
    IsNotEmpty({ message: 'token must not be empty' })(target, key);
    MaxLength(TOKEN_MAX_LENGTH, { message: 'token is too long' })(target, key);
  };
}

function LocaleField(): PropertyDecorator {
  return (target, key) => {
    ApiPropertyOptional({ enum: LOCALES, description: 'Language of e-mails and the interface.' })(target, key);
    IsOptional()(target, key);
    IsIn(LOCALES as Locale[], { message: `locale must be one of: ${LOCALES.join(', ')}` })(target, key);
  };
}

const NEW_PASSWORD = `At least ${PASSWORD_MIN_LENGTH} characters, hard to guess (zxcvbn score 3+ with Polish and English dictionaries), not containing the e-mail or name.`;

export class RegisterBody implements RegisterRequest {
  @EmailField() email!: string;
  @DisplayNameField(true) displayName!: string;
  @PasswordField('password', NEW_PASSWORD) password!: string;
  @LocaleField() locale?: Locale;
}

export class LoginBody implements LoginRequest {
  @EmailField() email!: string;
  @PasswordField('password', 'The account password.') password!: string;
}

export class VerifyEmailBody implements VerifyEmailRequest {
  @TokenField() token!: string;
}

export class PasswordResetBody implements PasswordResetRequest {
  @EmailField() email!: string;
}

export class PasswordResetConfirmBody implements PasswordResetConfirmRequest {
  @TokenField() token!: string;
  @PasswordField('password', NEW_PASSWORD) password!: string;
}

export class ChangePasswordBody implements ChangePasswordRequest {
  @PasswordField('currentPassword', 'The password used today.') currentPassword!: string;
  @PasswordField('newPassword', NEW_PASSWORD) newPassword!: string;
}

export class UpdateProfileBody implements UpdateProfileRequest {
  @DisplayNameField(false) displayName?: string;
  @LocaleField() locale?: Locale;
}
