import { eurosToCents, intField, numberField, textField, textFields, type FieldErrors } from '@billetterie/ui';
import type { CreateExtraInfoInput, ExtraInfoType, GroupOptionInput, OptionInput } from '$lib/gql/graphql';

function price(text: string, name: string, fields: FieldErrors): number {
  const cents = eurosToCents(text);
  if (cents === null) fields[name] = text ? 'INVALID_FORMAT' : 'REQUIRED';
  return cents ?? 0;
}

/** OP1: an option's form (price typed in euros). */
export function readOptionInput(data: FormData): { input: OptionInput; fields: FieldErrors } {
  const fields: FieldErrors = {};
  const input = {
    name: textField(data, 'name'),
    description: textField(data, 'description'),
    priceCents: price(textField(data, 'priceEuros'), 'priceEuros', fields),
  };
  return { input, fields };
}

/** OP2: a group with its rows; blank rows are left out, the "none" choice is implicit. */
export function readOptionGroupInput(data: FormData) {
  const fields: FieldErrors = {};
  const ids = textFields(data, 'optionId');
  const names = textFields(data, 'optionName');
  const prices = textFields(data, 'optionPrice');
  const descriptions = textFields(data, 'optionDescription');
  const options: GroupOptionInput[] = [];
  names.forEach((name, index) => {
    if (!name && !prices[index]) return;
    const option: GroupOptionInput = {
      name,
      description: descriptions[index] ?? '',
      priceCents: price(prices[index] ?? '', `optionPrice.${index}`, fields),
    };
    if (ids[index]) option.id = ids[index];
    options.push(option);
  });
  const input = { name: textField(data, 'name'), description: textField(data, 'description'), options };
  return { input, fields };
}

const bytesPerMegabyte = 1024 * 1024;

/**
 * XI1: an extra information's form. Only the settings of its type are sent;
 * `type` comes from the radios on creation, from a hidden field on edit.
 */
export function readExtraInfoInput(data: FormData): { input: CreateExtraInfoInput; fields: FieldErrors } {
  const fields: FieldErrors = {};
  const type = textField(data, 'type') as ExtraInfoType;
  const number = (name: string) => {
    const value = numberField(data, name);
    if (Number.isNaN(value)) fields[name] = 'INVALID_FORMAT';
    return value ?? null;
  };
  const input: CreateExtraInfoInput = {
    label: textField(data, 'label'),
    help: textField(data, 'help'),
    type,
    blocks: textField(data, 'blocks') as CreateExtraInfoInput['blocks'],
  };
  if (type === 'NUMBER') {
    input.numberMin = number('numberMin');
    input.numberMax = number('numberMax');
  }
  if (type === 'CHOICE') {
    input.choices = textField(data, 'choices')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  }
  if (type === 'FILE') {
    input.fileTypes = textFields(data, 'fileTypes');
    const megabytes = number('fileMaxMb');
    input.fileMaxBytes = megabytes === null ? null : Math.round(megabytes * bytesPerMegabyte);
  }
  const position = intField(data, 'position');
  if (position !== undefined && !Number.isNaN(position)) input.position = position;
  return { input, fields };
}
