/**
 * The boundary between the add-on and the emulated services. In Sheets every service call is a
 * round trip to Google's servers, so the add-on is judged by how many it makes: each call that
 * crosses here is counted under `Class.method`. A method the emulation lacks throws at once,
 * naming itself, so a gap fails loudly instead of returning undefined somewhere later.
 *
 * Emulated objects keep their state in `#private` fields: those are invisible through the
 * proxy, so the add-on sees exactly the methods Apps Script documents, and nothing of ours.
 */

/** The Apps Script class an object emulates: the prefix of its counts and its `String()`. */
export const APPS_SCRIPT_CLASS: unique symbol = Symbol('Apps Script class');

export abstract class AppsScriptObject {
  abstract readonly [APPS_SCRIPT_CLASS]: string;

  /** Apps Script objects print as their class name ("Range"), not "[object Object]". */
  toString(): string {
    return this[APPS_SCRIPT_CLASS];
  }
}

export class ServiceCalls {
  total = 0;
  readonly byMethod = new Map<string, number>();

  count(method: string): void {
    this.total++;
    this.byMethod.set(method, (this.byMethod.get(method) ?? 0) + 1);
  }

  reset(): void {
    this.total = 0;
    this.byMethod.clear();
  }
}

/** An Apps Script enum: each member's value is its own name, as `String(member)` gives. */
export type Enumeration<Member extends string> = AppsScriptObject &
  Readonly<Record<Member, Member>>;

class EnumerationObject extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS]: string;

  constructor(className: string) {
    super();
    this[APPS_SCRIPT_CLASS] = className;
  }
}

export function enumeration<Member extends string>(
  className: string,
  members: readonly Member[],
): Enumeration<Member> {
  const object = new EnumerationObject(className);
  for (const member of members) Object.defineProperty(object, member, { value: member });
  return object as unknown as Enumeration<Member>;
}

/**
 * Properties the JavaScript runtime itself probes for (is it a promise? does it serialise
 * itself?): reading them is not the add-on calling a service, and must not throw.
 */
const RUNTIME_PROBES = new Set(['then', 'toJSON']);

const proxyOf = new WeakMap<AppsScriptObject, AppsScriptObject>();
const targetOf = new WeakMap<object, AppsScriptObject>();

/**
 * The object as the add-on sees it. Methods run on the unwrapped object, so the emulation's own
 * calls between its objects are not counted; what they return is wrapped on the way out, and
 * wrapped objects the add-on passes back in (a Range to setRanges) are unwrapped on the way in.
 */
export function exposeService<T extends AppsScriptObject>(target: T, calls: ServiceCalls): T {
  const known = proxyOf.get(target);
  if (known) return known as T;
  const className = target[APPS_SCRIPT_CLASS];
  const proxy = new Proxy(target, {
    get(object, property) {
      if (
        typeof property === 'symbol' ||
        RUNTIME_PROBES.has(property) ||
        property in Object.prototype
      ) {
        return Reflect.get(object, property);
      }
      if (!(property in object)) throw new Error(`not emulated: ${className}.${property}`);
      const value: unknown = Reflect.get(object, property);
      if (typeof value !== 'function') return outward(value, calls);
      const method = `${className}.${property}`;
      return (...args: unknown[]) => {
        calls.count(method);
        const result: unknown = value.apply(object, args.map(inward));
        return outward(result, calls);
      };
    },
  });
  proxyOf.set(target, proxy);
  targetOf.set(proxy, target);
  return proxy;
}

/**
 * The emulated object behind what the add-on hands back, inside arrays too. Arrays are rebuilt
 * in this realm: Code.js's arrays come from its own, where `instanceof Array` (which
 * HyperFormula checks) is false, and their own map() would build more of the same.
 */
function inward(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, inward);
  if (typeof value === 'object' && value !== null) return targetOf.get(value) ?? value;
  return value;
}

function outward(value: unknown, calls: ServiceCalls): unknown {
  if (Array.isArray(value)) return value.map((item) => outward(item, calls));
  if (value instanceof AppsScriptObject) return exposeService(value, calls);
  return value;
}

/** Apps Script's answer to arguments it has no overload for, e.g. setValues given a string. */
export function parametersMismatch(method: string, args: readonly unknown[]): Error {
  const types = args.map(typeName).join(',');
  return new Error(`The parameters (${types}) don't match the method signature for ${method}.`);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `${value.length > 0 ? typeName(value[0]) : 'Object'}[]`;
  if (value instanceof AppsScriptObject) return value[APPS_SCRIPT_CLASS];
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  if (typeof value === 'object') return 'Object';
  return typeof value;
}
