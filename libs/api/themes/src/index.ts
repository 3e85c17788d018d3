export * from './lib/engine';
export * from './lib/themes.module';
export * from './lib/entities';
export { ThemeSeeder } from './lib/demo/theme.seeder';
