import { Controller, Get, HttpCode, HttpStatus } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from './access.decorators';

/** A request that does nothing, so a client can obtain the CSRF cookie (CsrfCookieMiddleware sets it). */
@ApiTags('auth')
@Controller('csrf-cookie')
export class CsrfCookieController {
  @Get()
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Issue the XSRF-TOKEN cookie' })
  @ApiNoContentResponse({ description: 'The cookie is set when the request had none.' })
  issue(): void {
    // Nothing to do here: the middleware has already set the cookie.
  }
}
