// The app's layers, as import rules: app → features → domain → shared (lib, config, components).
// A feature reaches another only through the other's public entry, its index.ts.
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const src = (path) => resolve(root, 'src', path)
const features = readdirSync(src('features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const onlyThroughEntry = features.map((feature) => ({
  target: src(`features/${feature}`),
  from: src(`features/!(${feature})/**`),
  except: [src('features/*/index.ts')],
  message: 'Import another feature through its public entry (its index.ts), not a file inside it.',
}))

const layerZones = [
  {
    target: src('domain'),
    from: [src('app'), src('features'), src('components'), src('prerender')],
    message: 'The domain layer is pure: it imports only lib/ and config/.',
  },
  ...['lib', 'config', 'components'].map((shared) => ({
    target: src(shared),
    from: [src('app'), src('features'), src('domain'), src('prerender')],
    message: `${shared}/ is shared code: it imports no feature, domain or app module.`,
  })),
  {
    target: src('features'),
    from: [src('app'), src('prerender')],
    message: 'Features do not import the app that composes them.',
  },
  ...features.map((feature) => ({
    target: src('app'),
    from: src(`features/${feature}`),
    except: ['./index.ts'],
    message: 'Import a feature through its public entry (its index.ts), not a file inside it.',
  })),
  ...features.map((feature) => ({
    target: src('prerender'),
    from: src(`features/${feature}`),
    except: ['./index.ts'],
    message: 'Import a feature through its public entry (its index.ts), not a file inside it.',
  })),
]

export const layerRules = {
  'import-x/no-restricted-paths': ['error', { zones: [...onlyThroughEntry, ...layerZones] }],
}

/** The build's own code (scripts/, bench/) shares the app's pure layers, never a feature or the app itself. */
export const buildCodeRules = {
  'import-x/no-restricted-paths': [
    'error',
    {
      zones: [
        {
          target: [resolve(root, 'scripts'), resolve(root, 'bench')],
          from: resolve(root, 'src'),
          except: ['./domain', './lib', './config'],
          message: 'Code the build runs imports only src/domain, src/lib and src/config: move what both need there.',
        },
      ],
    },
  ],
}
