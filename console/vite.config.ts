import { createAppViteConfig } from '@billetterie/ui/vite-config';
import { defineConfig } from 'vite';

export default defineConfig(createAppViteConfig());
