/**
 * PropertiesService: string key-value stores. They belong to the workbook, not to one
 * execution, so services made again for the same workbook (the next menu click) see what the
 * last run saved, as a document's properties outlive the script run that set them. Script and
 * user properties are kept per workbook too, so one local spreadsheet never sees another's.
 */
import type { LocalWorkbook } from '../engine/workbook';
import { APPS_SCRIPT_CLASS, AppsScriptObject, parametersMismatch } from './calls';

interface PropertyStores {
  document: Map<string, string>;
  script: Map<string, string>;
  user: Map<string, string>;
}

const storesOf = new WeakMap<LocalWorkbook, PropertyStores>();

class Properties extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'Properties';
  readonly #store: Map<string, string>;

  constructor(store: Map<string, string>) {
    super();
    this.#store = store;
  }

  getProperty(key: unknown): string | null {
    return this.#store.get(String(key)) ?? null;
  }

  /** Values are stored as text: a number comes back as its string, as in Apps Script. */
  setProperty(key: unknown, value: unknown): Properties {
    this.#store.set(String(key), String(value));
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.#store);
  }

  setProperties(properties: unknown, deleteAllOthers = false): Properties {
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
      throw parametersMismatch('Properties.setProperties', [properties]);
    }
    if (deleteAllOthers) this.#store.clear();
    for (const [key, value] of Object.entries(properties)) this.#store.set(key, String(value));
    return this;
  }

  deleteProperty(key: unknown): Properties {
    this.#store.delete(String(key));
    return this;
  }

  deleteAllProperties(): Properties {
    this.#store.clear();
    return this;
  }

  getKeys(): string[] {
    return [...this.#store.keys()];
  }
}

class PropertiesService extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'PropertiesService';
  readonly #stores: PropertyStores;

  constructor(stores: PropertyStores) {
    super();
    this.#stores = stores;
  }

  getDocumentProperties(): Properties {
    return new Properties(this.#stores.document);
  }

  getScriptProperties(): Properties {
    return new Properties(this.#stores.script);
  }

  getUserProperties(): Properties {
    return new Properties(this.#stores.user);
  }
}

export function createPropertiesService(workbook: LocalWorkbook): AppsScriptObject {
  let stores = storesOf.get(workbook);
  if (!stores) {
    stores = { document: new Map(), script: new Map(), user: new Map() };
    storesOf.set(workbook, stores);
  }
  return new PropertiesService(stores);
}
