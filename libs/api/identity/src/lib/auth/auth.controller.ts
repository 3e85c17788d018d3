import { RetryAfterInterceptor } from '@consulta/api/core';
import { ErrorCode, SessionDto, UserDto } from '@consulta/shared/contracts';
import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Res, UseInterceptors } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentUser, Public } from '../access/access.decorators';
import { ApiErrors, MUTATION_ERRORS } from '../openapi/api-errors.decorator';
import { Client, SessionCookie } from '../sessions/session-cookie';
import type { ClientContext, SessionUser } from '../sessions/session-user';
import { AuthService } from './auth.service';
import {
  ChangePasswordBody,
  LoginBody,
  PasswordResetBody,
  PasswordResetConfirmBody,
  RegisterBody,
  UpdateProfileBody,
  VerifyEmailBody,
} from './dto/requests';
import { SessionResponse, UserResponse } from './dto/responses';
import { EmailVerificationService } from './email-verification.service';
import { PasswordService } from './password.service';
import { ProfileService } from './profile.service';

@ApiTags('auth')
@Controller('auth')
@UseInterceptors(RetryAfterInterceptor)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly verification: EmailVerificationService,
    private readonly passwords: PasswordService,
    private readonly profile: ProfileService,
    private readonly cookie: SessionCookie,
  ) {}

  @Get('session')
  @Public()
  @ApiOperation({ summary: 'The signed-in user, or null' })
  @ApiOkResponse({ type: SessionResponse })
  session(@CurrentUser() actor: SessionUser | null): Promise<SessionDto> {
    return this.auth.currentSession(actor);
  }

  @Post('register')
  @Public()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Create a resident account, sign it in and e-mail a verification link' })
  @ApiCreatedResponse({ type: SessionResponse, description: 'Signed in: the session cookie is set.' })
  @ApiErrors(...MUTATION_ERRORS, ErrorCode.PasswordTooWeak, ErrorCode.EmailTaken, ErrorCode.RateLimited)
  async register(
    @Body() body: RegisterBody,
    @Client() client: ClientContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionDto> {
    const signedIn = await this.auth.register(body, client);
    this.cookie.write(response, signedIn.session);
    return { user: signedIn.user };
  }

  @Post('verify-email')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Confirm the e-mail address with the token from the mailed link' })
  @ApiNoContentResponse({ description: 'The address is confirmed.' })
  @ApiErrors(...MUTATION_ERRORS, ErrorCode.TokenInvalid, ErrorCode.TokenExpired, ErrorCode.TokenUsed)
  verifyEmail(@Body() body: VerifyEmailBody): Promise<void> {
    return this.verification.verify(body);
  }

  @Post('resend-verification')
  @Authenticated()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Send the verification link again' })
  @ApiAcceptedResponse({ description: 'A new link is on its way.' })
  @ApiErrors(ErrorCode.CsrfTokenInvalid, ErrorCode.Unauthenticated, ErrorCode.EmailAlreadyVerified, ErrorCode.RateLimited)
  resendVerification(@CurrentUser() actor: SessionUser, @Client() client: ClientContext): Promise<void> {
    return this.verification.resend(actor, client);
  }

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in; always starts a new session' })
  @ApiOkResponse({ type: SessionResponse, description: 'Signed in: the session cookie is set.' })
  @ApiErrors(...MUTATION_ERRORS, ErrorCode.InvalidCredentials, ErrorCode.LoginThrottled)
  async login(
    @Body() body: LoginBody,
    @Client() client: ClientContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionDto> {
    const signedIn = await this.auth.login(body, client);
    this.cookie.write(response, signedIn.session);
    return { user: signedIn.user };
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Sign out: ends this session and clears the cookie' })
  @ApiNoContentResponse({ description: 'Signed out (also when no one was signed in).' })
  @ApiErrors(ErrorCode.CsrfTokenInvalid)
  async logout(@Client() client: ClientContext, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(client);
    this.cookie.clear(response);
  }

  @Post('password-reset/request')
  @Public()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'E-mail a password reset link (same answer whether or not the address has an account)' })
  @ApiAcceptedResponse({ description: 'If the address has an account, a link is on its way.' })
  @ApiErrors(...MUTATION_ERRORS, ErrorCode.RateLimited)
  requestPasswordReset(@Body() body: PasswordResetBody, @Client() client: ClientContext): Promise<void> {
    return this.passwords.requestReset(body, client);
  }

  @Post('password-reset/confirm')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Set a new password with the token from the mailed link; ends every session of the account' })
  @ApiNoContentResponse({ description: 'The password is changed; sign in with it.' })
  @ApiErrors(...MUTATION_ERRORS, ErrorCode.TokenInvalid, ErrorCode.TokenExpired, ErrorCode.TokenUsed, ErrorCode.PasswordTooWeak)
  confirmPasswordReset(@Body() body: PasswordResetConfirmBody): Promise<void> {
    return this.passwords.confirmReset(body);
  }

  @Post('change-password')
  @Authenticated()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Change the password; keeps this session and ends the others' })
  @ApiNoContentResponse({ description: 'The password is changed.' })
  @ApiErrors(...MUTATION_ERRORS, ErrorCode.Unauthenticated, ErrorCode.WrongPassword, ErrorCode.PasswordTooWeak, ErrorCode.RateLimited)
  changePassword(@CurrentUser() actor: SessionUser, @Body() body: ChangePasswordBody): Promise<void> {
    return this.passwords.change(actor, body);
  }

  @Patch('me')
  @Authenticated()
  @ApiOperation({ summary: 'Update the own display name and language' })
  @ApiOkResponse({ type: UserResponse })
  @ApiErrors(...MUTATION_ERRORS, ErrorCode.Unauthenticated)
  updateProfile(@CurrentUser() actor: SessionUser, @Body() body: UpdateProfileBody): Promise<UserDto> {
    return this.profile.update(actor, body);
  }
}
