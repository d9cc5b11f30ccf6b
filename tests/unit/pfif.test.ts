import { describe, expect, it } from 'vitest'
import { PfifError, pfifDocument, pfifDomain, type PfifNote, type PfifPerson } from '../../core/pfif'
import { eachGives } from './each-gives'
import { childrenNamed, elementsOf, parseXml, sequenceProblems, textOf, type XmlElement } from './xml-dom'

// PFIF 1.4, from https://zesty.ca/pfif/1.4/: field order, mandatory fields bare,
// optional ones with `?`. A person's notes follow its own fields.
import { DATE_FIELDS, ENUMS, NOTE_ORDER, PERSON_ORDER, PFIF_DATE_TIME, PFIF_NS, pfifProblems } from './standards'

function fieldsOf(record: XmlElement): Record<string, string> {
  return Object.fromEntries(
    elementsOf(record)
      .filter((e) => e.name !== 'pfif:note')
      .map((e) => [e.name.replace('pfif:', ''), textOf(e)]),
  )
}

function persons(xml: string): XmlElement[] {
  return childrenNamed(parseXml(xml).root, 'pfif:person')
}

const HOSTILE = `<script>alert("x")</script> & 'quoted'`

const sighting: PfifNote = {
  noteRecordId: 'homeward.example/note.N1',
  entryDate: '2025-03-02T10:00:00+09:00',
  authorName: 'Kim Ji-young',
  authorEmail: 'jy@example.org',
  authorPhone: '+82 10-0000-0000',
  sourceDate: new Date('2025-03-02T01:02:03.456Z'),
  authorMadeContact: false,
  status: 'believed_alive',
  emailOfFoundPerson: 'found@example.org',
  phoneOfFoundPerson: '+855 12 000 000',
  lastKnownLocation: 'Sihanoukville',
  text: 'Seen on 1 March.',
  photoUrl: 'https://homeward.example/p/n1.jpg',
}

const duplicate: PfifNote = {
  noteRecordId: 'homeward.example/note.N2',
  personRecordId: 'homeward.example/case.HW7K3MQ9X2',
  linkedPersonRecordId: 'personfinder.example/p.123',
  authorName: 'Homeward staff',
  sourceDate: '2025-03-05',
  text: 'Same person as the Person Finder record.',
}

const leeMinsu: PfifPerson = {
  personRecordId: 'homeward.example/case.HW7K3MQ9X2',
  entryDate: '2025-03-01T12:00:00Z',
  expiryDate: '2026-03-01',
  authorName: 'Lee Soo-jin',
  authorEmail: 'sj@example.org',
  authorPhone: '010-0000-0000',
  sourceName: 'Homeward',
  sourceDate: '2025-03-01T09:00:00+09:00',
  sourceUrl: 'https://homeward.example/case/HW7K3MQ9X2',
  fullName: ['이민수', 'Lee Min-su'],
  givenName: 'Min-su',
  familyName: 'Lee',
  alternateNames: ['Minsu Lee', 'Min'],
  description: 'Went to Cambodia for a call-centre job.',
  sex: 'male',
  dateOfBirth: '1999-07',
  age: '25-26',
  homeStreet: '1 Sejong-daero',
  homeNeighborhood: 'Jongno',
  homeCity: 'Seoul',
  homeState: 'Seoul',
  homePostalCode: '03172',
  homeCountry: 'KR',
  photoUrl: 'https://homeward.example/p/hw7.jpg',
  profileUrls: ['https://example.com/minsu', 'https://example.org/minsu'],
  notes: [sighting, duplicate],
}

const minimal: PfifPerson = {
  personRecordId: 'homeward.example/case.HW2',
  sourceDate: '2025-01-01',
  fullName: 'Sok Dara',
}

describe('pfifDocument', () => {
  it('writes a PFIF 1.4 document that passes every check', () => {
    expect(pfifProblems(pfifDocument([leeMinsu, minimal]))).toEqual([])
  })

  it('uses the PFIF 1.4 namespace under the pfif prefix', () => {
    const xml = pfifDocument([minimal])
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4">')).toBe(true)
    const root = parseXml(xml).root
    expect([root.name, root.namespace]).toEqual(['pfif:pfif', PFIF_NS])
    expect(elementsOf(root).every((person) => elementsOf(person).every((field) => field.namespace === PFIF_NS))).toBe(true)
  })

  it('writes every person field in spec order, then the notes', () => {
    const [person] = persons(pfifDocument([leeMinsu]))
    expect(elementsOf(person!).map((e) => e.name)).toEqual([
      ...PERSON_ORDER.slice(0, -1).map((name) => name.replace('?', '')),
      'pfif:note',
      'pfif:note',
    ])
    expect(fieldsOf(person!)).toEqual({
      person_record_id: 'homeward.example/case.HW7K3MQ9X2',
      entry_date: '2025-03-01T12:00:00Z',
      expiry_date: '2026-03-01T00:00:00Z',
      author_name: 'Lee Soo-jin',
      author_email: 'sj@example.org',
      author_phone: '010-0000-0000',
      source_name: 'Homeward',
      source_date: '2025-03-01T00:00:00Z',
      source_url: 'https://homeward.example/case/HW7K3MQ9X2',
      full_name: '이민수\nLee Min-su',
      given_name: 'Min-su',
      family_name: 'Lee',
      alternate_names: 'Minsu Lee\nMin',
      description: 'Went to Cambodia for a call-centre job.',
      sex: 'male',
      date_of_birth: '1999-07',
      age: '25-26',
      home_street: '1 Sejong-daero',
      home_neighborhood: 'Jongno',
      home_city: 'Seoul',
      home_state: 'Seoul',
      home_postal_code: '03172',
      home_country: 'KR',
      photo_url: 'https://homeward.example/p/hw7.jpg',
      profile_urls: 'https://example.com/minsu\nhttps://example.org/minsu',
    })
  })

  it('writes only the mandatory fields when nothing else is set', () => {
    const [person] = persons(pfifDocument([{ ...minimal, sex: '', givenName: '  ', notes: [] }]))
    expect(elementsOf(person!).map((e) => e.name)).toEqual(['pfif:person_record_id', 'pfif:source_date', 'pfif:full_name'])
    expect(fieldsOf(person!)).toEqual({
      person_record_id: 'homeward.example/case.HW2',
      source_date: '2025-01-01T00:00:00Z',
      full_name: 'Sok Dara',
    })
  })

  it('writes every note field in spec order, with the person it belongs to', () => {
    const notes = childrenNamed(persons(pfifDocument([leeMinsu]))[0]!, 'pfif:note')
    expect(notes.map((note) => elementsOf(note).map((e) => e.name))).toEqual([
      NOTE_ORDER.filter((name) => name !== 'pfif:linked_person_record_id?').map((name) => name.replace('?', '')),
      [
        'pfif:note_record_id', 'pfif:person_record_id', 'pfif:linked_person_record_id', 'pfif:author_name',
        'pfif:source_date', 'pfif:text',
      ],
    ])
    expect(notes.map(fieldsOf)).toEqual([
      {
        note_record_id: 'homeward.example/note.N1',
        person_record_id: 'homeward.example/case.HW7K3MQ9X2',
        entry_date: '2025-03-02T01:00:00Z',
        author_name: 'Kim Ji-young',
        author_email: 'jy@example.org',
        author_phone: '+82 10-0000-0000',
        source_date: '2025-03-02T01:02:03Z',
        author_made_contact: 'false',
        status: 'believed_alive',
        email_of_found_person: 'found@example.org',
        phone_of_found_person: '+855 12 000 000',
        last_known_location: 'Sihanoukville',
        text: 'Seen on 1 March.',
        photo_url: 'https://homeward.example/p/n1.jpg',
      },
      {
        note_record_id: 'homeward.example/note.N2',
        person_record_id: 'homeward.example/case.HW7K3MQ9X2',
        linked_person_record_id: 'personfinder.example/p.123',
        author_name: 'Homeward staff',
        source_date: '2025-03-05T00:00:00Z',
        text: 'Same person as the Person Finder record.',
      },
    ])
  })

  it.each(['information_sought', 'is_note_author', 'believed_alive', 'believed_missing', 'believed_dead'] as const)(
    'writes status %s',
    (status) => {
      const xml = pfifDocument([{ ...minimal, notes: [{ ...duplicate, personRecordId: undefined, status }] }])
      expect(pfifProblems(xml)).toEqual([])
      expect(fieldsOf(childrenNamed(persons(xml)[0]!, 'pfif:note')[0]!)['status']).toBe(status)
    },
  )

  it('leaves an empty status out', () => {
    const xml = pfifDocument([{ ...minimal, notes: [{ ...duplicate, personRecordId: undefined, status: '' }] }])
    expect(fieldsOf(childrenNamed(persons(xml)[0]!, 'pfif:note')[0]!)).not.toHaveProperty('status')
  })

  it('writes every date in UTC ending in Z', () => {
    const xml = pfifDocument([leeMinsu])
    const dates = [...xml.matchAll(/<pfif:(?:entry|expiry|source)_date>([^<]*)</g)].map((m) => m[1])
    expect(dates).toHaveLength(6)
    for (const date of dates) expect(date).toMatch(PFIF_DATE_TIME)
  })

  it('strips control characters from every field', () => {
    const xml = pfifDocument([
      {
        ...minimal,
        fullName: 'Sok\u0000 Da\u0007ra\uFFFE',
        description: 'line one\nline\u001B two\ttabbed\uD800',
        notes: [{ ...duplicate, personRecordId: undefined, text: 'a\u0001b\u000Cc' }],
      },
    ])
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/)
    const [person] = persons(xml)
    expect(fieldsOf(person!)).toMatchObject({ full_name: 'Sok Dara', description: 'line one\nline two\ttabbed' })
    expect(fieldsOf(childrenNamed(person!, 'pfif:note')[0]!)['text']).toBe('abc')
  })

  it('escapes hostile text', () => {
    const xml = pfifDocument([
      {
        ...minimal,
        fullName: HOSTILE,
        description: HOSTILE,
        notes: [{ ...duplicate, personRecordId: undefined, text: HOSTILE, lastKnownLocation: HOSTILE }],
      },
    ])
    expect(xml).not.toContain('<script>')
    expect(pfifProblems(xml)).toEqual([])
    const [person] = persons(xml)
    expect(fieldsOf(person!)).toMatchObject({ full_name: HOSTILE, description: HOSTILE })
    expect(fieldsOf(childrenNamed(person!, 'pfif:note')[0]!)).toMatchObject({ text: HOSTILE, last_known_location: HOSTILE })
  })

  it('writes an empty document for no persons', () => {
    expect(pfifDocument([])).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"/>\n')
  })

  const note = { ...duplicate, personRecordId: undefined }
  it.each([
    ['sex outside the list', { ...minimal, sex: 'f' as never }, /sex must be one of/],
    ['a note status outside the list', { ...minimal, notes: [{ ...note, status: 'alive' as never }] }, /status must be one of/],
    ['author_made_contact that is not a boolean', { ...minimal, notes: [{ ...note, authorMadeContact: 'yes' as never }] }, /author_made_contact/],
    ['no full_name', { ...minimal, fullName: ' \u0000 ' }, /full_name is required/],
    ['no source_date', { ...minimal, sourceDate: undefined as never }, /source_date is required/],
    ['no person_record_id', { ...minimal, personRecordId: undefined as never }, /person_record_id is required/],
    ['a record id without a domain', { ...minimal, personRecordId: 'HW2' }, /domain\/id/],
    ['a note without text', { ...minimal, notes: [{ ...note, text: '' }] }, /text is required/],
    ['a note without author_name', { ...minimal, notes: [{ ...note, authorName: undefined as never }] }, /author_name is required/],
    ['a note without note_record_id', { ...minimal, notes: [{ ...note, noteRecordId: undefined as never }] }, /note_record_id is required/],
    ['a note of another person', { ...minimal, notes: [{ ...note, personRecordId: 'homeward.example/case.OTHER' }] }, /does not match/],
    ['a note linking a person to itself', { ...minimal, notes: [{ ...note, linkedPersonRecordId: minimal.personRecordId }] }, /itself/],
    ['a date without a time zone', { ...minimal, sourceDate: '2025-01-01T10:00:00' }, /source_date is not a date-time/],
    ['a date of birth with a day but no month', { ...minimal, dateOfBirth: '1999--01' }, /date_of_birth/],
    ['an age range that runs backwards', { ...minimal, age: '30-20' }, /reversed/],
    ['an age that is not a number', { ...minimal, age: 'about 30' }, /age must be/],
    ['a country that is not alpha-2', { ...minimal, homeCountry: 'Korea' }, /home_country/],
  ])('refuses %s', (_, person, message) => {
    expect(() => pfifDocument([person as PfifPerson])).toThrow(PfifError)
    expect(() => pfifDocument([person as PfifPerson])).toThrow(message)
  })

  it('refuses a record id that appears twice', () => {
    expect(() => pfifDocument([minimal, minimal])).toThrow(/more than once/)
    expect(() => pfifDocument([{ ...minimal, notes: [note, note] }])).toThrow(/more than once/)
  })

  it('accepts ages and dates of birth in every allowed form', () => {
    for (const [age, dateOfBirth] of [[30, '1995'], ['7', '1995-01'], ['20-25', '1995-01-31']] as const) {
      expect(pfifProblems(pfifDocument([{ ...minimal, age, dateOfBirth }]))).toEqual([])
    }
  })
})

describe('pfifProblems catches broken PFIF (so the checks above can fail)', () => {
  const good = pfifDocument([leeMinsu])

  it.each([
    ['full_name before source_date', good.replace(/(<pfif:source_date>[^<]*<\/pfif:source_date>)(<pfif:source_url>[^<]*<\/pfif:source_url>)(<pfif:full_name>[^<]*<\/pfif:full_name>)/, '$3$1$2'), /source_date> comes after <pfif:full_name>/],
    ['a note field out of order', good.replace(/(<pfif:author_name>Kim Ji-young<\/pfif:author_name>)(<pfif:author_email>[^<]*<\/pfif:author_email>)/, '$2$1'), /note: <pfif:author_name> comes after/],
    ['a person field after a note', good.replace(/(<pfif:profile_urls>[^<]*<\/pfif:profile_urls>)(<pfif:note>.*<\/pfif:note>)/s, '$2$1'), /profile_urls> comes after <pfif:note>/],
    ['a missing full_name', good.replace(/<pfif:full_name>[^<]*<\/pfif:full_name>/, ''), /full_name> is missing/],
    ['a missing note text', good.replace(/<pfif:text>[^<]*<\/pfif:text>/, ''), /text> is missing/],
    ['a +00:00 date', good.replace('2025-03-01T12:00:00Z', '2025-03-01T12:00:00+00:00'), /not a UTC date-time/],
    ['an invented status', good.replace('believed_alive', 'alive'), /"alive" is not allowed/],
    ['an invented sex', good.replace('<pfif:sex>male<', '<pfif:sex>m<'), /"m" is not allowed/],
    ['the 1.3 namespace', good.replace(PFIF_NS, 'http://zesty.ca/pfif/1.3'), /namespace|root/],
    ['a note inside another person', good.replace(/(<pfif:note_record_id>homeward\.example\/note\.N1<\/pfif:note_record_id><pfif:person_record_id>)[^<]*/, '$1x.example/1'), /note names person/],
  ])('flags %s', (_, xml, problem) => {
    expect(xml).not.toBe(good)
    expect(pfifProblems(xml).join('\n')).toMatch(problem)
  })
})

describe('pfifDomain: the record-id domain comes from configuration', () => {
  eachGives('takes %j as %j', pfifDomain, [
    ['homeward.example', 'homeward.example'],
    ['  Homeward.Example ', 'homeward.example'],
    ['https://homeward.example/', 'homeward.example'],
    ['https://help.homeward.example:8443/ko/', 'help.homeward.example'],
  ])

  // Person Finder's validator refuses ids whose domain is an address or a bare host name.
  it.each([undefined, '', '127.0.0.1', 'http://127.0.0.1:8787', 'localhost', '[::1]', 'homeward.example/x', 'bad_name.example', '-a.example', 'a..example'])(
    'refuses %j',
    (configured) => {
      expect(pfifDomain(configured)).toBeNull()
    },
  )
})
