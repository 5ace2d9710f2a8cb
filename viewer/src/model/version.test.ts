import { describe, expect, it } from 'vitest'
import { SourceError } from '../source/types'
import { checkVersion } from './version'

describe('checkVersion', () => {
  it('reads versions 1 to 4 and refuses newer ones', () => {
    for (const version of [1, 2, 3, 4]) expect(() => checkVersion({ version })).not.toThrow()
    expect(() => checkVersion({ version: 5 })).toThrow(SourceError)
    expect(() => checkVersion({ version: 5 })).toThrow('trace format version 5 is newer than this viewer reads (up to 4); upgrade tracegen')
  })
})
