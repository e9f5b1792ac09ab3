import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';

export class CreateIrRequestDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'IR sessions in order of preference', example: ['2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091'] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true }) sessionIds: string[];
}
